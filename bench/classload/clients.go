package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// runClients connects the participants, each in its own goroutine, plays the
// round and prints one latency in milliseconds per answer on stdout.
func runClients(addr string, players, questions int, think, spacing time.Duration) error {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	results := make(chan float64, players*questions)
	for i := range players {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := participant(addr, i, questions, think, results); err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = fmt.Errorf("participant %d: %w", i, err)
				}
				mu.Unlock()
			}
		}()
		time.Sleep(spacing) // a room arriving, not one packet
	}
	wg.Wait()
	close(results)
	for ms := range results {
		fmt.Println(ms)
	}
	return firstErr
}

// screen collects a session's output and lets a reader wait for text in it.
type screen struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	more chan struct{}
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	s.buf.Write(p)
	s.mu.Unlock()
	select {
	case s.more <- struct{}{}:
	default:
	}
	return len(p), nil
}

// waitAny waits until the output since the last reset shows one of the texts.
func (s *screen) waitAny(timeout time.Duration, texts ...string) error {
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		plain := ansi.Strip(s.buf.String())
		s.mu.Unlock()
		for _, t := range texts {
			if bytes.Contains([]byte(plain), []byte(t)) {
				return nil
			}
		}
		select {
		case <-s.more:
		case <-deadline:
			return fmt.Errorf("no %q within %v", texts, timeout)
		}
	}
}

func (s *screen) reset() {
	s.mu.Lock()
	s.buf.Reset()
	s.mu.Unlock()
}

// participant plays the round: it reads each question for up to think (a
// random share of it, as people do), answers 1, and times the acknowledgement.
func participant(addr string, i, questions int, think time.Duration, results chan<- float64) error {
	rng := rand.New(rand.NewPCG(uint64(i), 7))
	conn, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "p", HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout: 120 * time.Second})
	if err != nil {
		return err
	}
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		return err
	}
	if err := sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		return err
	}
	out := &screen{more: make(chan struct{}, 1)}
	sess.Stdout, sess.Stderr = out, out
	in, err := sess.StdinPipe()
	if err != nil {
		return err
	}
	if err := sess.Shell(); err != nil {
		return err
	}
	if err := out.waitAny(300*time.Second, "name"); err != nil {
		return err
	}
	out.reset()
	if _, err := io.WriteString(in, fmt.Sprintf("p%03d\r", i)); err != nil {
		return err
	}
	for q := range questions {
		if err := out.waitAny(120*time.Second, "Press 1-4"); err != nil {
			return fmt.Errorf("question %d: %w", q+1, err)
		}
		if think > 0 {
			time.Sleep(time.Duration(rng.Int64N(int64(think))))
		}
		out.reset()
		pressed := time.Now()
		if _, err := io.WriteString(in, "1"); err != nil {
			return err
		}
		// The acknowledgement: the answer locked in, or the question closed.
		if err := out.waitAny(30*time.Second, "✓", "✗"); err != nil {
			return fmt.Errorf("acknowledgement of question %d: %w", q+1, err)
		}
		results <- float64(time.Since(pressed).Microseconds()) / 1000
		if err := out.waitAny(120*time.Second, "host moves on", "Final results"); err != nil {
			return fmt.Errorf("reveal %d: %w", q+1, err)
		}
		out.reset()
	}
	return nil
}
