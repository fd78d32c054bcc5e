package lab

import (
	"bytes"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestListenKeepsToThisMachine(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", "192.0.2.7:8080", ":8080"} {
		if _, err := Listen(addr, false); !errors.Is(err, ErrNotLoopback) {
			t.Errorf("%s without --public: %v", addr, err)
		}
	}
	if _, err := Listen("nonsense", false); err == nil || !strings.Contains(err.Error(), "HOST:PORT") {
		t.Errorf("a bad address: %v", err)
	}
	for _, addr := range []string{"127.0.0.1:0", "localhost:0", "[::1]:0"} {
		ln, err := Listen(addr, false)
		if err != nil {
			if addr == "[::1]:0" && strings.Contains(err.Error(), "cannot assign") {
				continue // a machine without IPv6
			}
			t.Errorf("%s: %v", addr, err)
			continue
		}
		ln.Close()
	}
	ln, err := Listen("0.0.0.0:0", true)
	if err != nil {
		t.Fatalf("--public: %v", err)
	}
	ln.Close()
}

// serve runs a lab on a real listener, as `lab serve` does.
func serve(t *testing.T, tune func(*http.Server)) string {
	t.Helper()
	l := New(Options{})
	srv := Server(l)
	if srv.ReadHeaderTimeout == 0 || srv.ReadTimeout == 0 || srv.WriteTimeout == 0 || srv.IdleTimeout == 0 {
		t.Fatal("the lab's server has no timeouts")
	}
	if tune != nil {
		tune(srv)
	}
	ln, err := Listen("127.0.0.1:0", false)
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { srv.Close(); l.Close() })
	return ln.Addr().String()
}

func TestHugeBodyIsRefused(t *testing.T) {
	addr := serve(t, nil)
	body := `{"email":"` + strings.Repeat("a", 10<<20) + `","password":"x"}`
	res, err := http.Post("http://"+addr+"/users", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a 10 MB body: %d", res.StatusCode)
	}
}

func TestSlowClientIsCutOff(t *testing.T) {
	addr := serve(t, func(s *http.Server) { s.ReadHeaderTimeout = 200 * time.Millisecond })
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.Write([]byte("GET /notes HTTP/1.1\r\nHost: lab\r\nX-Slow: ")); err != nil {
		t.Fatal(err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(3 * time.Second))
	start := time.Now()
	got, _ := io.ReadAll(conn) // the server gives up and closes
	if time.Since(start) > 2*time.Second {
		t.Fatalf("a client that never finished its headers held the connection for %v", time.Since(start))
	}
	if bytes.Contains(got, []byte("200 OK")) {
		t.Errorf("answered an unfinished request: %q", got)
	}
}

func TestCommonLogEscapesTheClientsText(t *testing.T) {
	var b bytes.Buffer
	at := time.Date(2026, 12, 3, 9, 5, 0, 0, time.UTC)
	_ = WriteCommonLog(&b, Entry{Time: at, Client: "127.0.0.1", Method: "GET", Path: "/x\x1b[31m\"y", Proto: "HTTP/1.1", Status: 404, Bytes: 12})
	want := `127.0.0.1 - - [03/Dec/2026:09:05:00 +0000] "GET /x[31m\"y HTTP/1.1" 404 12` + "\n"
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
}
