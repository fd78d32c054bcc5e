package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/workshop"
)

type serverRun struct {
	players, questions int
	think, reveal      time.Duration
	spacing            time.Duration
	memprofile         string
}

// runServer serves the round, drives it as a host would and prints the report.
func runServer(o serverRun) error {
	dir, err := os.MkdirTemp("", "classload")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	c, err := round.Builtin()
	if err != nil {
		return err
	}
	room, err := workshop.NewRoom(c, round.Classroom(o.questions, 60*time.Second).WithSeed(1), o.players)
	if err != nil {
		return err
	}
	lazy := store.NewLazy(filepath.Join(dir, "p.db"))
	defer lazy.Close()
	w := workshop.NewWriter(lazy, store.ClassRound{Started: time.Now(), Seed: 1, DeckHash: room.DeckHash(),
		Version: "bench", Questions: o.questions, PerQuestion: room.PerQuestion()}, o.players)
	hub := workshop.NewHub(room, time.Now, w)
	limitMemory(o.players)
	srv, err := workshop.NewServer(hub, workshop.ServerConfig{Addr: "127.0.0.1:0",
		HostKeyPath: filepath.Join(dir, "key"), MaxSessions: o.players + 20, IdleTimeout: 10 * time.Minute})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go func() { _ = srv.Serve(ln) }()
	runtime.GC()
	idle := rssKB()

	self, _ := os.Executable()
	clients := exec.Command(self, "-clients", ln.Addr().String(), "-players", strconv.Itoa(o.players),
		"-questions", strconv.Itoa(o.questions), "-think", o.think.String(), "-spacing", o.spacing.String())
	clients.Stderr = os.Stderr
	out, _ := clients.StdoutPipe()
	latencies := make(chan []float64, 1)
	latenciesRead := make(chan struct{})
	go func() { l := readLatencies(out); close(latenciesRead); latencies <- l }()
	started := time.Now()
	if err := clients.Start(); err != nil {
		return err
	}
	exited := make(chan error, 1)
	go func() { <-latenciesRead; exited <- clients.Wait() }()
	if err := waitFor(func() bool { return joined(hub) == o.players || len(exited) > 0 }, 300*time.Second); err != nil {
		return fmt.Errorf("only %d of %d joined: %w", joined(hub), o.players, err)
	}
	if len(exited) > 0 {
		return fmt.Errorf("only %d of %d joined: the participants stopped: %v", joined(hub), o.players, <-exited)
	}
	joinTime := time.Since(started)
	held := joined(hub)
	time.Sleep(time.Second) // let the lobby settle before it is measured
	runtime.GC()
	withSessions := rssKB()
	heap := liveHeapKB()
	if o.memprofile != "" {
		writeHeapProfile(o.memprofile)
	}
	cpu0 := cpuSeconds()
	if err := hub.Start(); err != nil {
		return err
	}
	peak := withSessions
	for q := range o.questions {
		if err := waitFor(func() bool { return phase(hub) == workshop.Revealing }, 120*time.Second); err != nil {
			return fmt.Errorf("question %d: not every participant answered: %w", q+1, err)
		}
		peak = max(peak, rssKB())
		time.Sleep(o.reveal) // every session must see the answer before the next question
		if err := hub.Next(); err != nil {
			return err
		}
	}
	cpu := cpuSeconds() - cpu0
	peak = max(peak, rssKB())
	hub.Close()
	_ = srv.Shutdown(context.Background())
	lat := <-latencies
	if err := <-exited; err != nil {
		return fmt.Errorf("clients: %w", err)
	}
	if err := w.Close(); err != nil {
		return err
	}
	s, err := lazy.Get()
	if err != nil {
		return err
	}
	stored, err := s.ClassAnswerCount(context.Background(), w.Round())
	if err != nil {
		return err
	}
	want := o.players * o.questions
	slices.Sort(lat)
	fmt.Printf("%d participants, think time up to %v, reveal %v\n", o.players, o.think, o.reveal)
	fmt.Printf("  joined in %.1f s · sessions held %d of %d\n", joinTime.Seconds(), held, o.players)
	fmt.Printf("  answers given %d, stored %d (want %d)\n", len(lat), stored, want)
	fmt.Printf("  key press to acknowledgement: median %.1f ms, p99 %.1f ms, max %.1f ms\n",
		pct(lat, 0.5), pct(lat, 0.99), pct(lat, 1))
	fmt.Printf("  server memory: RSS %.1f MB idle, %.1f MB with the sessions (%.0f KB per session; live heap %.1f MB), %.1f MB peak\n",
		float64(idle)/1024, float64(withSessions)/1024, float64(withSessions-idle)/float64(o.players),
		float64(heap)/1024, float64(peak)/1024)
	fmt.Printf("  server CPU during the round: %.1f s, %.2f ms per answer\n", cpu, 1000*cpu/float64(max(want, 1)))
	if stored != want || len(lat) != want {
		return fmt.Errorf("answers were lost: %d given, %d stored of %d", len(lat), stored, want)
	}
	return nil
}

func readLatencies(r io.Reader) []float64 {
	var out []float64
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if v, err := strconv.ParseFloat(sc.Text(), 64); err == nil {
			out = append(out, v)
		}
	}
	return out
}

func pct(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(int(float64(len(sorted))*p), len(sorted)-1)]
}

func waitFor(ok func() bool, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out after %v", timeout)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return nil
}

// rssKB is this process's resident memory.
func rssKB() int {
	data, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return 0
}

func liveHeapKB() int {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int(m.HeapAlloc / 1024)
}

func writeHeapProfile(path string) {
	if f, err := os.Create(path); err == nil {
		_ = pprof.WriteHeapProfile(f)
		f.Close()
	}
}

// cpuSeconds is the user and system time this process (the server) has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
