package lab

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync"
	"time"
)

// The gateway's upstream runs in the same process and speaks real HTTP over
// in-memory pipes (net.Pipe): no socket and no network, but the gateway in
// front of it parses every byte it sends, as a proxy would.

// pipeListener hands the upstream's server one end of each pipe the
// gateway dials.
type pipeListener struct {
	conns  chan net.Conn
	closed chan struct{}
	once   sync.Once
}

func (p *pipeListener) Accept() (net.Conn, error) {
	select {
	case c := <-p.conns:
		return c, nil
	case <-p.closed:
		return nil, net.ErrClosed
	}
}

func (p *pipeListener) Close() error {
	p.once.Do(func() { close(p.closed) })
	return nil
}

func (p *pipeListener) Addr() net.Addr { return pipeAddr{} }

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "upstream" }

func (p *pipeListener) dial(ctx context.Context, _, _ string) (net.Conn, error) {
	client, server := net.Pipe()
	select {
	case p.conns <- server:
		return client, nil
	case <-p.closed:
		return nil, net.ErrClosed
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// upstream is the service behind the gateway, and the proxy that reaches it.
type upstream struct {
	listener *pipeListener
	server   *http.Server
	proxy    *httputil.ReverseProxy
}

func newUpstream() *upstream {
	u := &upstream{listener: &pipeListener{conns: make(chan net.Conn), closed: make(chan struct{})}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ok", func(w http.ResponseWriter, _ *http.Request) {
		send(w, http.StatusOK, map[string]string{"upstream": "fine"})
	})
	mux.HandleFunc("GET /garbage", func(w http.ResponseWriter, _ *http.Request) {
		// Not HTTP at all: the gateway cannot read a response from it.
		conn, buf, err := http.NewResponseController(w).Hijack()
		if err != nil {
			return
		}
		_, _ = buf.WriteString("HELLO? this is not a status line\r\n\r\n")
		_ = buf.Flush()
		_ = conn.Close()
	})
	mux.HandleFunc("GET /maintenance", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "120")
		problem(w, http.StatusServiceUnavailable, "The upstream is down for planned maintenance; Retry-After says when to come back.")
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		select { // longer than the gateway waits
		case <-time.After(10 * UpstreamTimeout):
		case <-r.Context().Done():
			return
		}
		send(w, http.StatusOK, map[string]string{"upstream": "too late"})
	})
	u.server = &http.Server{Handler: mux, ReadHeaderTimeout: time.Second}
	go func() { _ = u.server.Serve(u.listener) }()

	target := &url.URL{Scheme: "http", Host: "upstream"}
	u.proxy = &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(target)
			pr.Out.URL.Path = "/" + pr.In.PathValue("behavior")
		},
		Transport:    &http.Transport{DialContext: u.listener.dial, ResponseHeaderTimeout: UpstreamTimeout, DisableKeepAlives: true},
		ErrorHandler: gatewayError,
	}
	return u
}

// gatewayError says whose fault a failed upstream request was: one that
// answered too late is 504, one whose answer was not HTTP is 502.
func gatewayError(w http.ResponseWriter, _ *http.Request, err error) {
	var timeout interface{ Timeout() bool }
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &timeout) && timeout.Timeout() {
		problem(w, http.StatusGatewayTimeout, "The upstream did not answer within the gateway's time limit.")
		return
	}
	problem(w, http.StatusBadGateway, "The upstream answered, but not with HTTP the gateway could read.")
}

func (u *upstream) close() {
	_ = u.server.Close()
	_ = u.listener.Close()
}

// gateway passes the request to the upstream; its behavior is the last
// part of the path: ok, garbage, maintenance or slow.
func (l *Lab) gateway(w http.ResponseWriter, r *http.Request) {
	switch r.PathValue("behavior") {
	case "ok", "garbage", "maintenance", "slow":
		l.upstream.proxy.ServeHTTP(w, r)
	default:
		problem(w, http.StatusNotFound, "The gateway knows ok, garbage, maintenance and slow.")
	}
}
