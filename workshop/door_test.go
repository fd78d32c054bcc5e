package workshop

import (
	"context"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func TestNewCode(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		c := NewCode()
		if len(c) != CodeLength || strings.Trim(c, CodeAlphabet) != "" {
			t.Fatalf("code %q", c)
		}
		seen[c] = true
	}
	if len(seen) < 199 {
		t.Fatalf("only %d different codes in 200", len(seen))
	}
}

// TestDoorThrottles walks one address through typos, growing waits and the
// lockout, on a clock the test moves; a right code forgives, another
// address is never held up.
func TestDoorThrottles(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	d := NewDoor("TEAPOT")
	d.now = func() time.Time { return now }
	for i := range freeTries {
		if v := d.Try("10.0.0.1", "nope"); v.In || v.Wait != 0 || v.Locked {
			t.Fatalf("typo %d: %+v", i+1, v)
		}
	}
	if v := d.Try("10.0.0.1", "teapot"); !v.In {
		t.Fatalf("the right code after three typos: %+v", v)
	}
	tries := 0
	for range 100 {
		v := d.Try("10.0.0.9", "nope")
		if v.Locked {
			break
		}
		if v.Wait > 0 {
			now = now.Add(v.Wait)
			continue
		}
		tries++
	}
	if tries != lockAfter-1 || d.LockedOut() != 1 {
		t.Fatalf("%d tries before the lockout, %d locked out", tries, d.LockedOut())
	}
	if v := d.Try("10.0.0.9", "TEAPOT"); !v.Locked {
		t.Fatalf("a locked address got in: %+v", v)
	}
	if v := d.Try("10.0.0.2", "TEAPOT"); !v.In {
		t.Fatalf("another address is held up: %+v", v)
	}
	now = now.Add(lockFor)
	if v := d.Try("10.0.0.9", "TEAPOT"); !v.In || d.LockedOut() != 0 {
		t.Fatalf("the lockout does not end: %+v", v)
	}
	d.SetCode("NEWONE")
	if v := d.Try("10.0.0.2", "TEAPOT"); v.In {
		t.Fatal("the old code still works")
	}
}

// dialFrom connects from a given loopback address, as another machine.
func dialFrom(_ *testing.T, local, addr string) (*gossh.Client, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}, Timeout: 5 * time.Second}
	conn, err := d.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{User: "student",
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	if err != nil {
		conn.Close()
		return nil, err
	}
	return gossh.NewClient(c, chans, reqs), nil
}

// guess keeps typing wrong codes from one address until ctx ends,
// reconnecting whenever the server closes the connection.
func guess(ctx context.Context, addr string, n int) {
	for ctx.Err() == nil {
		c, err := dialFrom(nil, "127.0.0.1", addr)
		if err != nil {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		s, err := c.NewSession()
		if err == nil && s.RequestPty("xterm", 24, 80, gossh.TerminalModes{}) == nil {
			in, _ := s.StdinPipe()
			s.Stdout = nopWriter{}
			if s.Shell() == nil {
				for i := 0; ctx.Err() == nil; i++ {
					if _, err := fmt.Fprintf(in, "Z%05d\r", n*100000+i); err != nil {
						break
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
		}
		c.Close()
	}
}

// joinFrom connects from local, types the code and returns how long it took
// to reach the name prompt.
func joinFrom(t *testing.T, local, addr, code string) time.Duration {
	t.Helper()
	start := time.Now()
	conn, err := dialFrom(t, local, addr)
	if err != nil {
		t.Fatal(err)
	}
	c := sessionOn(t, conn)
	c.waitFor("join code")
	c.typeKeys(code + "\r")
	c.waitFor("Your name")
	return time.Since(start)
}

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }

// TestGuessingTheCode: 20 clients from one address guess for 30 seconds;
// the door looks at only a few of their codes, and a participant from
// another address joins at once meanwhile.
func TestGuessingTheCode(t *testing.T) {
	door := NewDoor(NewCode())
	cr := startClassroom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second}, ServerConfig{Door: door})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	for n := range 20 {
		wg.Add(1)
		go func() { defer wg.Done(); guess(ctx, cr.addr, n) }()
	}
	time.Sleep(10 * time.Second)
	joined := joinFrom(t, "127.0.0.2", cr.addr, strings.ToLower(door.Code()))
	wg.Wait()
	door.mu.Lock()
	looked := door.looked - 1 // the participant's
	door.mu.Unlock()
	t.Logf("codes looked at from the guessing address in 30 s: %d; the other participant reached the name prompt in %v", looked, joined)
	if looked > lockAfter || looked < freeTries {
		t.Errorf("%d guesses were looked at", looked)
	}
	if joined > 2*time.Second {
		t.Errorf("the participant from another address took %v", joined)
	}
}

// TestFloodOfIdleConnections: thousands of connections that never start
// the handshake hold at most maxWaiting descriptors in the server, and a
// participant joins at once meanwhile.
func TestFloodOfIdleConnections(t *testing.T) {
	cr := startClassroom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second}, ServerConfig{JoinCode: "TEAPOT"})
	const flood = 3000
	var idle []net.Conn
	defer func() {
		for _, c := range idle {
			c.Close()
		}
	}()
	for i := range flood {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 1, byte(1+i%50))}, Timeout: 2 * time.Second}
		c, err := d.Dial("tcp", cr.addr)
		if err != nil {
			t.Fatalf("connection %d: %v", i, err)
		}
		idle = append(idle, c)
	}
	time.Sleep(200 * time.Millisecond) // let the server accept them all
	fds, err := os.ReadDir("/proc/self/fd")
	if err == nil && len(fds) > flood+maxWaiting+200 {
		t.Errorf("%d descriptors open for %d idle clients: the server holds more than %d waiting", len(fds), flood, maxWaiting)
	}
	joined := joinFrom(t, "127.0.0.2", cr.addr, "teapot")
	t.Logf("%d idle connections, %d descriptors in the process; a participant reached the name prompt in %v", flood, len(fds), joined)
	if joined > 2*time.Second {
		t.Errorf("the participant took %v to join", joined)
	}
}
