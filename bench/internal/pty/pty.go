// Package pty runs a program in a pseudo-terminal for the benchmarks, and
// answers the queries a real terminal would answer.
package pty

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair of the given size.
func Open(cols, rows int) (master, slave *os.File, err error) {
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		return nil, nil, err
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		m.Close()
		return nil, nil, err
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		return nil, nil, err
	}
	ws := &unix.Winsize{Row: uint16(rows), Col: uint16(cols)}
	if err := unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, ws); err != nil {
		m.Close()
		s.Close()
		return nil, nil, err
	}
	return m, s, nil
}

// answers are what a real terminal replies to the queries programs send at
// start-up. Without them a program waits for its time-outs.
var Answers = []struct{ query, reply string }{
	{"\x1b]11;?\x07", "\x1b]11;rgb:1e1e/1e1e/2424\x07"},
	{"\x1b]11;?\x1b\\", "\x1b]11;rgb:1e1e/1e1e/2424\x1b\\"},
	{"\x1b]10;?\x07", "\x1b]10;rgb:e8e8/e6e6/e3e3\x07"},
	{"\x1b]10;?\x1b\\", "\x1b]10;rgb:e8e8/e6e6/e3e3\x1b\\"},
	{"\x1b[6n", "\x1b[1;1R"},
	{"\x1b[?6n", "\x1b[?1;1R"},
	{"\x1b[c", "\x1b[?62;22c"},
	{"\x1b[0c", "\x1b[?62;22c"},
	{"\x1b[?u", "\x1b[?0u"},
	{"\x1b[>0q", "\x1bP>|xterm(390)\x1b\\"},
	{"\x1b[?2026$p", "\x1b[?2026;2$y"},
	{"\x1b[?2027$p", "\x1b[?2027;0$y"},
	{"\x1b[?2031$p", "\x1b[?2031;0$y"},
}

// Session is a program running in a pseudo-terminal. Its output is read in the
// background and terminal queries in it are answered as they arrive.
type Session struct {
	Cmd    *exec.Cmd
	Start  time.Time
	master *os.File
	out    chan []byte
	seen   bytes.Buffer
	trace  bool
}

// Start runs a command in a fresh pseudo-terminal of the given size.
func Start(cmdline []string, env []string, cols, rows int) (*Session, error) {
	master, slave, err := Open(cols, rows)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(cmdline[0], cmdline[1:]...)
	cmd.Env = env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	s := &Session{Cmd: cmd, master: master, out: make(chan []byte, 256), trace: os.Getenv("FRAMES_TRACE") != ""}
	s.Start = time.Now()
	if err := cmd.Start(); err != nil {
		slave.Close()
		master.Close()
		return nil, err
	}
	slave.Close()
	go s.read()
	return s, nil
}

func (s *Session) read() {
	buf := make([]byte, 64<<10)
	for {
		n, err := s.master.Read(buf)
		if n > 0 {
			chunk := bytes.Clone(buf[:n])
			for _, a := range Answers {
				if bytes.Contains(chunk, []byte(a.query)) {
					_, _ = s.master.WriteString(a.reply)
				}
			}
			if s.trace {
				fmt.Fprintf(os.Stderr, "%6.1fms %q\n", float64(time.Since(s.Start).Microseconds())/1000, chunk)
			}
			s.out <- chunk
		}
		if err != nil {
			close(s.out)
			return
		}
	}
}

// WaitFor reads output until the text a person would read contains marker,
// and returns when it did.
func (s *Session) WaitFor(marker string, timeout time.Duration) (time.Time, error) {
	at, _, err := s.WaitForAny(timeout, marker)
	return at, err
}

// WaitForAny reads output until the text contains one of the markers, and
// returns when, and which.
func (s *Session) WaitForAny(timeout time.Duration, markers ...string) (time.Time, string, error) {
	deadline := time.After(timeout)
	for {
		text := StripANSI(s.seen.String())
		for _, m := range markers {
			if strings.Contains(text, m) {
				return time.Now(), m, nil
			}
		}
		select {
		case chunk, ok := <-s.out:
			if !ok {
				return time.Time{}, "", fmt.Errorf("%s ended before showing %q", s.Cmd.Path, markers)
			}
			s.seen.Write(chunk)
		case <-deadline:
			return time.Time{}, "", fmt.Errorf("no %q after %v", markers, timeout)
		}
	}
}

// Forget drops the output seen so far, so that WaitFor looks only at what comes next.
func (s *Session) Forget() {
	drain(s.out)
	s.seen.Reset()
}

// NextOutput waits for any output and returns when it came.
func (s *Session) NextOutput(timeout time.Duration) (time.Time, error) {
	select {
	case chunk, ok := <-s.out:
		if !ok {
			return time.Time{}, fmt.Errorf("the program ended")
		}
		s.seen.Write(chunk)
		return time.Now(), nil
	case <-time.After(timeout):
		return time.Time{}, fmt.Errorf("no output after %v", timeout)
	}
}

// Type sends bytes as if typed.
func (s *Session) Type(keys string) { _, _ = s.master.WriteString(keys) }

// PeakRSS reads the process's peak resident memory, in kilobytes.
func (s *Session) PeakRSS() (int, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.Cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			var kb int
			_, err := fmt.Sscan(f[1], &kb)
			return kb, err
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc status")
}

// Close kills the program and releases the terminal.
func (s *Session) Close() {
	_ = s.Cmd.Process.Kill()
	_ = s.Cmd.Wait()
	s.master.Close()
}

// Run starts a command, times it until marker appears and, with key set,
// presses the key and times the next output. The program is killed afterwards.
func Run(cmdline []string, env []string, marker, key string, cols, rows int) (first, keyLatency time.Duration, err error) {
	s, err := Start(cmdline, env, cols, rows)
	if err != nil {
		return 0, 0, err
	}
	defer s.Close()
	at, err := s.WaitFor(marker, 10*time.Second)
	if err != nil {
		return 0, 0, err
	}
	first = at.Sub(s.Start)
	if key == "" {
		return first, 0, nil
	}
	time.Sleep(50 * time.Millisecond) // let start-up settle before timing a key
	s.Forget()
	pressed := time.Now()
	s.Type(key)
	next, err := s.NextOutput(5 * time.Second)
	if err != nil {
		return first, 0, err
	}
	return first, next.Sub(pressed), nil
}

func drain(out chan []byte) {
	for {
		select {
		case <-out:
		default:
			return
		}
	}
}

// StripANSI removes escape sequences, leaving the text a person would read.
func StripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != 0x1b {
			b.WriteByte(s[i])
			continue
		}
		// Skip CSI, OSC and other sequences up to their final byte.
		if i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j
		} else if i+1 < len(s) && s[i+1] == ']' {
			j := i + 2
			for j < len(s) && s[j] != 0x07 && !(s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\') {
				j++
			}
			i = j
			if i < len(s) && s[i] == 0x1b {
				i++
			}
		} else {
			i++
		}
	}
	return b.String()
}
