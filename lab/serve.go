package lab

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/content"
)

// DefaultAddr is where a lab listens unless told: this machine only.
const DefaultAddr = "127.0.0.1:8080"

// Timeouts a lab's server keeps, so that a slow or stuck client (a
// slow-loris sending its headers a byte at a time) cannot hold it.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 10 * time.Second
	WriteTimeout      = 10 * time.Second
	IdleTimeout       = 60 * time.Second
)

// ErrNotLoopback refuses an address other machines could reach, unless
// the caller says it is meant to be public.
var ErrNotLoopback = errors.New("that address can be reached from other machines; add --public if that is what you want")

// Listen opens the lab's listener on addr: a loopback address, or any
// address when public.
func Listen(addr string, public bool) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--listen %q: want HOST:PORT, such as %s", addr, DefaultAddr)
	}
	if !public && !loopback(host) {
		return nil, fmt.Errorf("--listen %s: %w", addr, ErrNotLoopback)
	}
	return net.Listen("tcp", addr)
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Server is the http.Server a lab runs in, with its limits.
func Server(l *Lab) *http.Server {
	return &http.Server{
		Handler:           l,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    4 * MaxHeader, // past MaxHeader the lab answers 431 itself
	}
}

// Serve runs the lab on ln until ctx ends.
func Serve(ctx context.Context, l *Lab, ln net.Listener) error {
	srv := Server(l)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = srv.Shutdown(shut)
		return nil
	}
}

// WriteCommonLog writes an entry in the common log format, the way web
// servers log: the path is the client's text, so its control characters
// and quotes are escaped, never written as they are.
func WriteCommonLog(w io.Writer, e Entry) error {
	path := strings.ReplaceAll(content.Printable(e.Path, 2048), `"`, `\"`)
	_, err := fmt.Fprintf(w, "%s - - [%s] \"%s %s %s\" %d %d\n", e.Client, e.Time.Format("02/Jan/2006:15:04:05 -0700"),
		content.Printable(e.Method, 32), path, content.Printable(e.Proto, 16), e.Status, e.Bytes)
	return err
}
