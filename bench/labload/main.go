// Command labload measures how many requests per second the lab serves on
// one core, with load in the way wrk, hey or oha make it: many keep-alive
// connections, each sending GETs back to back. It has two halves, run as
// two processes so that each can be pinned to a core of its own:
//
//	labload -serve 127.0.0.1:9100            (the lab; -hello for a reference server)
//	labload -url http://127.0.0.1:9100 -path /notes/1 -conns 32 -for 3s -pid PID
//
// The load half is a small raw HTTP/1.1 client, far cheaper per request
// than net/http's, so that one core of load can keep one core of server
// busy. With -pid it also reads the server's CPU time over the run, from
// /proc, and reports requests per CPU-second of the server: what one core
// fully given to the server would answer.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/httpquiz/httpquiz/lab"
)

func main() {
	serve := flag.String("serve", "", "serve the lab on this address")
	hello := flag.Bool("hello", false, "with -serve: serve a reference handler that answers 200 \"ok\" instead")
	target := flag.String("url", "", "load this server")
	path := flag.String("path", "/notes", "the path to GET")
	conns := flag.Int("conns", 32, "keep-alive connections")
	length := flag.Duration("for", 3*time.Second, "how long to load")
	pid := flag.Int("pid", 0, "the server's process, to read its CPU time")
	flag.Parse()
	var err error
	switch {
	case *serve != "":
		err = runServer(*serve, *hello)
	case *target != "":
		err = runLoad(*target, *path, *conns, *length, *pid)
	default:
		err = errors.New("give -serve or -url")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "labload:", err)
		os.Exit(1)
	}
}

func runServer(addr string, hello bool) error {
	ln, err := lab.Listen(addr, false)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if hello {
		srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			_, _ = io.WriteString(w, "ok\n")
		})}
		go func() { <-ctx.Done(); _ = srv.Close() }()
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
	l := lab.New(lab.Options{})
	defer l.Close()
	return lab.Serve(ctx, l, ln)
}

func runLoad(target, path string, conns int, length time.Duration, pid int) error {
	u, err := url.Parse(target)
	if err != nil {
		return err
	}
	req := []byte("GET " + path + " HTTP/1.1\r\nHost: " + u.Host + "\r\nUser-Agent: labload\r\n\r\n")
	// A warm-up, so that the run does not count the connections' setup.
	if _, err := load(u.Host, req, conns, 300*time.Millisecond); err != nil {
		return err
	}
	before, err := cpuTime(pid)
	if err != nil {
		return err
	}
	start := time.Now()
	n, err := load(u.Host, req, conns, length)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	after, err := cpuTime(pid)
	if err != nil {
		return err
	}
	fmt.Printf("%s\t%.0f req/s", path, float64(n)/elapsed.Seconds())
	if pid != 0 && after > before {
		fmt.Printf("\t%.0f req per server CPU-second\t%.0f%% of a core", float64(n)/(after-before).Seconds(),
			100*(after-before).Seconds()/elapsed.Seconds())
	}
	fmt.Println()
	return nil
}

// load sends req on conns connections, back to back, for length, and
// counts the complete responses.
func load(host string, req []byte, conns int, length time.Duration) (int64, error) {
	var done atomic.Int64
	var firstErr error
	var once sync.Once
	deadline := time.Now().Add(length)
	var wg sync.WaitGroup
	for range conns {
		wg.Go(func() {
			if err := oneConn(host, req, deadline, &done); err != nil {
				once.Do(func() { firstErr = err })
			}
		})
	}
	wg.Wait()
	return done.Load(), firstErr
}

func oneConn(host string, req []byte, deadline time.Time, done *atomic.Int64) error {
	c, err := net.Dial("tcp", host)
	if err != nil {
		return err
	}
	defer c.Close()
	r := bufio.NewReaderSize(c, 16<<10)
	for time.Now().Before(deadline) {
		if _, err := c.Write(req); err != nil {
			return err
		}
		if err := readResponse(r); err != nil {
			return err
		}
		done.Add(1)
	}
	return nil
}

// readResponse reads one response with a Content-Length, as every lab
// response has.
func readResponse(r *bufio.Reader) error {
	length := -1
	for first := true; ; first = false {
		line, err := r.ReadSlice('\n')
		if err != nil {
			return err
		}
		if first {
			continue // the status line
		}
		if len(line) <= 2 {
			break
		}
		if name, value, ok := strings.Cut(string(line), ":"); ok && strings.EqualFold(name, "Content-Length") {
			if length, err = strconv.Atoi(strings.TrimSpace(value)); err != nil {
				return err
			}
		}
	}
	if length < 0 {
		return errors.New("a response without Content-Length")
	}
	_, err := r.Discard(length)
	return err
}

// cpuTime is a process's user and system time so far, from /proc; zero
// without a process.
func cpuTime(pid int) (time.Duration, error) {
	if pid == 0 {
		return 0, nil
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, err
	}
	// The fields after the command's name, which is in parentheses and may hold spaces.
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	if len(f) < 13 {
		return 0, errors.New("cannot read the server's CPU time")
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	const ticks = 100 // USER_HZ, 100 on Linux
	return time.Duration(utime+stime) * time.Second / ticks, nil
}
