package main

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/bench/internal/pty"
)

// tmuxServer is a private tmux server driven through a control-mode client,
// which reports every byte a pane prints as it happens (%output lines): the
// moment a frame reaches the terminal can be timed without polling.
type tmuxServer struct {
	socket string
	cmd    *exec.Cmd
	in     io.WriteCloser
	lines  chan string
}

func startTmux(cols, rows int) (*tmuxServer, error) {
	t := &tmuxServer{socket: fmt.Sprintf("httpquiz-bench-%d", time.Now().UnixNano()), lines: make(chan string, 4096)}
	t.cmd = exec.Command("tmux", "-L", t.socket, "-f", "/dev/null", "-C", "new-session",
		"-x", strconv.Itoa(cols), "-y", strconv.Itoa(rows), "sleep 3600")
	var err error
	if t.in, err = t.cmd.StdinPipe(); err != nil {
		return nil, err
	}
	out, err := t.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := t.cmd.Start(); err != nil {
		return nil, err
	}
	go func() {
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			t.lines <- sc.Text()
		}
		close(t.lines)
	}()
	// Keep the window at the size asked for, whatever the control client's size.
	t.send("set-option -g window-size manual")
	t.send(fmt.Sprintf("resize-window -x %d -y %d", cols, rows))
	t.send("set-option -g remain-on-exit on")
	time.Sleep(200 * time.Millisecond)
	t.drain()
	return t, nil
}

func (t *tmuxServer) send(command string) { _, _ = io.WriteString(t.in, command+"\n") }

func (t *tmuxServer) drain() {
	for {
		select {
		case <-t.lines:
		default:
			return
		}
	}
}

func (t *tmuxServer) close() {
	_ = exec.Command("tmux", "-L", t.socket, "kill-server").Run()
	_ = t.cmd.Wait()
}

// run starts a command in the pane and times it until marker shows, and,
// with key set, the key press to the next output.
func (t *tmuxServer) run(cmdline []string, env []string, marker, key string) (first, keyLatency time.Duration, err error) {
	t.drain()
	var envs []string
	for _, e := range env {
		envs = append(envs, "-e", shellQuote(e))
	}
	start := time.Now()
	// Several arguments after the options make tmux run the program directly,
	// without a shell in between.
	t.send("respawn-pane -k " + strings.Join(envs, " ") + " " + strings.Join(quoteAll(cmdline), " "))
	var seen strings.Builder
	deadline := time.After(10 * time.Second)
	for first == 0 {
		select {
		case line, ok := <-t.lines:
			if !ok {
				return 0, 0, fmt.Errorf("tmux ended")
			}
			if data, ok := paneOutput(line); ok {
				seen.WriteString(data)
				if strings.Contains(pty.StripANSI(seen.String()), marker) {
					first = time.Since(start)
				}
			}
		case <-deadline:
			return 0, 0, fmt.Errorf("no %q after 10s; pane printed %q", marker, seen.String())
		}
	}
	if key == "" {
		return first, 0, nil
	}
	time.Sleep(50 * time.Millisecond)
	t.drain()
	pressed := time.Now()
	t.send("send-keys " + key)
	timeout := time.After(5 * time.Second)
	for {
		select {
		case line := <-t.lines:
			if _, ok := paneOutput(line); ok {
				return first, time.Since(pressed), nil
			}
		case <-timeout:
			return first, 0, fmt.Errorf("no output after the key")
		}
	}
}

// paneOutput decodes a %output line: tmux escapes bytes below 32 and the
// backslash as three-digit octal.
func paneOutput(line string) (string, bool) {
	if !strings.HasPrefix(line, "%output ") {
		return "", false
	}
	rest := strings.TrimPrefix(line, "%output ")
	_, data, ok := strings.Cut(rest, " ")
	if !ok {
		return "", true
	}
	var b strings.Builder
	for i := 0; i < len(data); i++ {
		if data[i] == '\\' && i+4 <= len(data) {
			if v, err := strconv.ParseUint(data[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(v))
				i += 3
				continue
			}
		}
		b.WriteByte(data[i])
	}
	return b.String(), true
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = shellQuote(a)
	}
	return out
}
