// Command classload measures the classroom server under load: it serves a
// round on loopback, starts N participants as real SSH clients in a second
// process, and plays a whole round. It reports sessions held, the latency
// from a participant's key press to the screen acknowledging it (median, p99),
// the server's memory per session, and checks that every answer reached the
// database.
//
//	classload -players 200 -questions 10
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/workshop"
)

func main() {
	players := flag.Int("players", 200, "participants")
	questions := flag.Int("questions", 10, "questions in the round")
	clientAddr := flag.String("clients", "", "internal: run the participants against this address")
	profile := flag.String("cpuprofile", "", "write the server's CPU profile here")
	think := flag.Duration("think", 0, "participants answer after a random time up to this (0: at once, all together)")
	flag.Parse()
	if *profile != "" && *clientAddr == "" {
		f, err := os.Create(*profile)
		if err == nil {
			_ = pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	var err error
	if *clientAddr != "" {
		err = runClients(*clientAddr, *players, *questions, *think)
	} else {
		err = runServer(*players, *questions, *think)
	}
	if err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "classload:", err)
		os.Exit(1)
	}
}

func runServer(players, questions int, think time.Duration) error {
	dir, err := os.MkdirTemp("", "classload")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	c, err := round.Builtin()
	if err != nil {
		return err
	}
	room, err := workshop.NewRoom(c, round.Classroom(questions, 60*time.Second).WithSeed(1), players)
	if err != nil {
		return err
	}
	lazy := store.NewLazy(filepath.Join(dir, "p.db"))
	defer lazy.Close()
	w := workshop.NewWriter(lazy, store.ClassRound{Started: time.Now(), Seed: 1, DeckHash: room.DeckHash(),
		Version: "bench", Questions: questions, PerQuestion: room.PerQuestion()})
	hub := workshop.NewHub(room, time.Now, w)
	srv, err := workshop.NewServer(hub, workshop.ServerConfig{Addr: "127.0.0.1:0",
		HostKeyPath: filepath.Join(dir, "key"), MaxSessions: players + 20, IdleTimeout: 10 * time.Minute})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go func() { _ = srv.Serve(ln) }()
	idle := rssKB()

	self, _ := os.Executable()
	clients := exec.Command(self, "-clients", ln.Addr().String(), "-players", strconv.Itoa(players),
		"-questions", strconv.Itoa(questions), "-think", think.String())
	clients.Stderr = os.Stderr
	out, _ := clients.StdoutPipe()
	if err := clients.Start(); err != nil {
		return err
	}
	if err := waitFor(func() bool { return len(hub.Snapshot(0).Players) == players }, 120*time.Second); err != nil {
		return fmt.Errorf("only %d of %d joined: %w", len(hub.Snapshot(0).Players), players, err)
	}
	held := len(hub.Snapshot(0).Players)
	withSessions := rssKB()
	if err := hub.Start(); err != nil {
		return err
	}
	for q := range questions {
		if err := waitFor(func() bool { return hub.Snapshot(0).Phase == workshop.Revealing }, 120*time.Second); err != nil {
			return fmt.Errorf("question %d: %d of %d answered: %w", q+1, hub.Snapshot(0).Answered, players, err)
		}
		time.Sleep(300 * time.Millisecond) // the reveal, briefly
		hub.Next()
	}
	peak := rssKB()
	hub.Close()
	_ = srv.Shutdown(context.Background())
	var latencies []float64
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if v, err := strconv.ParseFloat(sc.Text(), 64); err == nil {
			latencies = append(latencies, v)
		}
	}
	if err := clients.Wait(); err != nil {
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
	slices.Sort(latencies)
	pct := func(p float64) float64 {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(int(float64(len(latencies))*p), len(latencies)-1)]
	}
	fmt.Printf("think time up to %v · sessions held %d of %d · answers %d, stored %d (want %d) · key press to acknowledgement: median %.1f ms, p99 %.1f ms, max %.1f ms\n",
		think, held, players, len(latencies), stored, players*questions, pct(0.5), pct(0.99), pct(1))
	fmt.Printf("server memory: %.1f MB idle, %.1f MB with %d sessions (%.0f KB per session), %.1f MB at the end\n",
		float64(idle)/1024, float64(withSessions)/1024, players, float64(withSessions-idle)/float64(players), float64(peak)/1024)
	if stored != players*questions {
		return fmt.Errorf("answers were lost: %d stored of %d", stored, players*questions)
	}
	return nil
}

func waitFor(ok func() bool, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out after %v", timeout)
		}
		time.Sleep(5 * time.Millisecond)
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
