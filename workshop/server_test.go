package workshop

import (
	"bytes"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"
)

// classroom is a server on a loopback port with a hub behind it.
type classroom struct {
	hub  *Hub
	addr string
	dir  string
}

func startClassroom(t *testing.T, cfg roomCfg, server ServerConfig) *classroom {
	t.Helper()
	r := newRoom(t, cfg)
	hub := NewHub(r, time.Now, nil)
	dir := t.TempDir()
	server.Addr = "127.0.0.1:0"
	server.HostKeyPath = filepath.Join(dir, "host_key")
	if server.IdleTimeout == 0 {
		server.IdleTimeout = time.Minute
	}
	srv, err := NewServer(hub, server)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() {
		hub.Close()
		srv.Close()
	})
	return &classroom{hub: hub, addr: ln.Addr().String(), dir: dir}
}

// client is one participant's ssh connection with a terminal: a terminal
// emulator keeps the screen as a person would see it, and answers the
// program's terminal queries the way a real terminal does.
type client struct {
	t      *testing.T
	conn   *gossh.Client
	sess   *gossh.Session
	inMu   sync.Mutex
	in     io.WriteCloser
	screen *vt.SafeEmulator
}

func dial(t *testing.T, addr string) *gossh.Client {
	t.Helper()
	conn, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "student",
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// connect opens a terminal session; with read false, nothing is ever read
// from it, as from a client that has stalled.
func connect(t *testing.T, addr string, read bool) *client {
	t.Helper()
	return openSession(t, dial(t, addr), read)
}

// sessionOn opens a terminal session on a connection made elsewhere.
func sessionOn(t *testing.T, conn *gossh.Client) *client {
	t.Helper()
	t.Cleanup(func() { conn.Close() })
	return openSession(t, conn, true)
}

// joinAs connects a participant and joins the lobby under name.
func joinAs(t *testing.T, addr, name string) *client {
	t.Helper()
	c := connect(t, addr, true)
	c.waitFor("Your name")
	c.typeKeys(name + "\r")
	c.waitFor("Waiting for the host")
	return c
}

func openSession(t *testing.T, conn *gossh.Client, read bool) *client {
	t.Helper()
	c := &client{t: t, conn: conn, screen: vt.NewSafeEmulator(100, 30)}
	var err error
	if c.sess, err = c.conn.NewSession(); err != nil {
		t.Fatal(err)
	}
	if err := c.sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if c.in, err = c.sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if read {
		c.sess.Stdout, c.sess.Stderr = c.screen, c.screen
		go func() { // the terminal's answers to the program's queries
			buf := make([]byte, 1024)
			for {
				n, err := c.screen.Read(buf)
				if err != nil {
					return
				}
				c.write(buf[:n])
			}
		}()
		// The emulator is not closed: its Close races with a pending Read in
		// the library; the reader ends with the test binary.
	} else if _, err := c.sess.StdoutPipe(); err != nil { // a pipe nobody reads
		t.Fatal(err)
	}
	if err := c.sess.Shell(); err != nil {
		t.Fatal(err)
	}
	return c
}

func (c *client) write(p []byte) {
	c.inMu.Lock()
	defer c.inMu.Unlock()
	_, _ = c.in.Write(p)
}

// text is the screen as a person reads it.
func (c *client) text() string { return ansi.Strip(c.screen.Render()) }

func (c *client) typeKeys(s string) { c.write([]byte(s)) }

// waitFor polls the screen until it shows want.
func (c *client) waitFor(want string) {
	c.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(c.text(), want) {
		if time.Now().After(deadline) {
			c.t.Fatalf("no %q on the screen; it shows:\n%s", want, c.text())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestJoinAnswerAndLeaderboard(t *testing.T) {
	cr := startClassroom(t, roomCfg{Count: 2, PerQuestion: 30 * time.Second, Seed: 3}, ServerConfig{})
	ada := joinAs(t, cr.addr, "Ada")
	bob := joinAs(t, cr.addr, "\x1b[31mBob\x1b[0m") // a name that tries to color everyone's screen
	waitUntil(t, "two players", func() bool { return cr.hub.Snapshot(0).Here == 2 })
	if names := cr.hub.Names(); names[1] != "Bob" {
		t.Fatalf("players %q", names)
	}
	if err := cr.hub.Start(); err != nil {
		t.Fatal(err)
	}
	ada.waitFor("Question 1 of 2")
	q := cr.hub.Snapshot(0).Question
	rightKey, wrongKey := "", ""
	for i, o := range q.Options {
		if o.Value == q.Code.Code {
			rightKey = string(rune('1' + i))
		} else if wrongKey == "" && !q.Scenario.Accepts(o.Value) {
			wrongKey = string(rune('1' + i))
		}
	}
	ada.typeKeys(rightKey)
	ada.waitFor("Answer locked in")
	bob.typeKeys(wrongKey)
	// Both in: the question closes and both see the answer and the board.
	ada.waitFor("✓ Right! " + q.Code.Title())
	bob.waitFor("✗ Not quite. You chose")
	bob.waitFor("Why " + strconv.Itoa(q.Code.Code) + ":")
	board := cr.hub.Standings()
	if board[0].Player.Name != "Ada" || board[0].Player.Score == 0 || board[1].Player.Score != 0 {
		t.Fatalf("leaderboard %+v", board)
	}
	bob.waitFor("2. Bob")
}

func TestWrongJoinCode(t *testing.T) {
	cr := startClassroom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second}, ServerConfig{JoinCode: "TEAPOT"})
	c := connect(t, cr.addr, true)
	c.waitFor("join code")
	c.typeKeys("coffee\r")
	c.waitFor("That is not the join code")
	c.typeKeys("tea\r")
	c.typeKeys("pot\r")
	c.waitFor("Wrong join code, three times")
	done := make(chan error, 1)
	go func() { done <- c.sess.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the session stayed open after three wrong codes")
	}
	if n := cr.hub.Snapshot(0).Here; n != 0 {
		t.Errorf("%d players joined without the code", n)
	}
	ok := connect(t, cr.addr, true)
	ok.waitFor("join code")
	ok.typeKeys("teapot\r") // codes are not case-sensitive
	ok.waitFor("Your name")
}

// TestStalledClientDelaysNobody: one client joins and then never reads its
// screen again; another plays on, and the round moves at full speed.
func TestStalledClientDelaysNobody(t *testing.T) {
	cr := startClassroom(t, roomCfg{Count: 5, PerQuestion: 30 * time.Second, Seed: 8}, ServerConfig{})
	stalled := connect(t, cr.addr, false)
	stalled.typeKeys("Stuck\r")
	waitUntil(t, "the stalled player", func() bool { return cr.hub.Snapshot(0).Here == 1 })
	live := connect(t, cr.addr, true)
	live.waitFor("Your name")
	live.typeKeys("Live\r")
	live.waitFor("Waiting for the host")
	for i := range 4 {
		start := time.Now()
		if i == 0 {
			cr.hub.Start()
		} else {
			cr.hub.Next() // close
			cr.hub.Next() // open the next
		}
		live.waitFor("Question " + string(rune('1'+i)) + " of 5")
		live.typeKeys("1")
		waitUntil(t, "the answer", func() bool { return cr.hub.Snapshot(0).Answered >= 1 })
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("question %d took %v with a stalled client in the room", i+1, d)
		}
	}
}

func TestOnlyTheQuiz(t *testing.T) {
	cr := startClassroom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second}, ServerConfig{})
	conn := dial(t, cr.addr)
	// A command is refused.
	s, _ := conn.NewSession()
	out, err := s.CombinedOutput("cat /etc/passwd")
	if err == nil || !strings.Contains(string(out), "nothing else") {
		t.Errorf("exec: %v %q", err, out)
	}
	// A session without a terminal is refused.
	s, _ = conn.NewSession()
	var buf bytes.Buffer
	s.Stdout = &buf
	if err := s.Shell(); err == nil {
		s.Wait()
	}
	if !strings.Contains(buf.String(), "PTY") {
		t.Errorf("no pty: %q", buf.String())
	}
	// Port forwarding is refused.
	if c, err := conn.Dial("tcp", cr.addr); err == nil {
		c.Close()
		t.Error("local port forwarding was allowed")
	}
	if _, err := conn.Listen("tcp", "127.0.0.1:0"); err == nil {
		t.Error("remote port forwarding was allowed")
	}
	// Subsystems (sftp) are refused.
	s, _ = conn.NewSession()
	if err := s.RequestSubsystem("sftp"); err == nil {
		if out, _ := s.CombinedOutput(""); !strings.Contains(string(out), "nothing else") {
			t.Error("the sftp subsystem was offered")
		}
	}
	if info, err := os.Stat(filepath.Join(cr.dir, "host_key")); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("host key: %v %v", info, err)
	}
}

func TestSessionCap(t *testing.T) {
	cr := startClassroom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second}, ServerConfig{MaxSessions: 2})
	a := connect(t, cr.addr, true)
	a.waitFor("Your name")
	b := connect(t, cr.addr, true)
	b.waitFor("Your name")
	c := connect(t, cr.addr, true)
	c.waitFor("classroom is full")
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:2222": true, "localhost:22": true, "[::1]:2222": true, "0.0.0.0:2222": false,
		"192.168.1.5:2222": false, ":2222": false,
	} {
		if got, err := IsLoopback(addr); err != nil || got != want {
			t.Errorf("IsLoopback(%q) = %v, %v", addr, got, err)
		}
	}
	if _, err := IsLoopback("nonsense"); err == nil {
		t.Error("a bad address was accepted")
	}
}

// TestDroppedConnectionLeavesTheLobby: a participant whose connection ends
// without q is no longer listed in the lobby.
func TestDroppedConnectionLeavesTheLobby(t *testing.T) {
	cr := startClassroom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second}, ServerConfig{})
	c := joinAs(t, cr.addr, "Ana")
	joinAs(t, cr.addr, "Bo") // stays
	waitUntil(t, "two players in the lobby", func() bool { return cr.hub.Snapshot(0).Here == 2 })
	c.conn.Close()
	waitUntil(t, "Ana to leave the lobby", func() bool {
		p := cr.hub.Names()
		return len(p) == 1 && p[0] == "Bo"
	})
}

// TestColorsForTheTerminal: a participant's screen comes in the colors their
// terminal names, and without colors, but still placed, on one that has none.
func TestColorsForTheTerminal(t *testing.T) {
	room := startClassroom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second}, ServerConfig{})
	for _, tc := range []struct {
		term         string
		want, absent string
	}{{"dumb", "\x1b[H", "38;"}, {"xterm-256color", "38;5;", "38;2;"}} {
		sess, err := dial(t, room.addr).NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty(tc.term, 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		out, _ := sess.StdoutPipe()
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		var got []byte
		buf := make([]byte, 4096)
		for !strings.Contains(ansi.Strip(string(got)), "Your name") {
			n, err := out.Read(buf)
			if err != nil {
				t.Fatalf("%s: %v after %q", tc.term, err, got)
			}
			got = append(got, buf[:n]...)
		}
		if s := string(got); !strings.Contains(s, tc.want) || strings.Contains(s, tc.absent) {
			t.Errorf("TERM=%s: want %q and no %q in %q", tc.term, tc.want, tc.absent, s)
		}
		sess.Close()
	}
}
