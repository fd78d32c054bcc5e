package workshop

import (
	"container/list"
	"context"
	"net"
	"sync"
	"time"

	"charm.land/ssh"
)

// Before a session starts, a connection costs a descriptor and holds
// nothing anyone wants; a flood of them must neither run the server out of
// descriptors nor keep a real participant waiting. So connections that have
// not started a session yet are limited per address and in total, and each
// has HandshakeTimeout to start one. When the total is reached, the oldest
// waiting connection makes room for the new one: a real client finishes its
// handshake in milliseconds, an idle one is the oldest.
const (
	HandshakeTimeout = 5 * time.Second
	maxWaitingPerIP  = 256 // a room behind one NAT arrives at once
	maxWaiting       = 1024
)

// waitingConns tracks the connections that have not started a session.
type waitingConns struct {
	mu      sync.Mutex
	perIP   map[string]int
	waiting *list.List // of *trackedConn, oldest first
}

func newWaitingConns() *waitingConns {
	return &waitingConns{perIP: map[string]int{}, waiting: list.New()}
}

type trackedConn struct {
	net.Conn
	w    *waitingConns
	ip   string
	el   *list.Element // in w.waiting until the session starts
	once sync.Once
}

type trackedKey struct{}

// accept is the server's connection callback: it admits conn as waiting,
// or turns it away (nil) when its address has too many waiting already.
func (w *waitingConns) accept(ctx ssh.Context, conn net.Conn) net.Conn {
	ip := hostOf(conn.RemoteAddr())
	w.mu.Lock()
	if w.perIP[ip] >= maxWaitingPerIP {
		w.mu.Unlock()
		return nil
	}
	var oldest *trackedConn
	if w.waiting.Len() >= maxWaiting {
		oldest = w.waiting.Front().Value.(*trackedConn)
		w.remove(oldest)
	}
	tc := &trackedConn{Conn: conn, w: w, ip: ip}
	tc.el = w.waiting.PushBack(tc)
	w.perIP[ip]++
	w.mu.Unlock()
	if oldest != nil {
		oldest.Conn.Close()
	}
	ctx.SetValue(trackedKey{}, tc)
	return tc
}

// started takes a connection off the waiting list: its session has begun.
func (w *waitingConns) started(ctx context.Context) {
	if tc, ok := ctx.Value(trackedKey{}).(*trackedConn); ok {
		w.mu.Lock()
		w.remove(tc)
		w.mu.Unlock()
	}
}

// remove takes tc off the waiting list, once; w.mu is held.
func (w *waitingConns) remove(tc *trackedConn) {
	if tc.el == nil {
		return
	}
	w.waiting.Remove(tc.el)
	tc.el = nil
	if w.perIP[tc.ip]--; w.perIP[tc.ip] <= 0 {
		delete(w.perIP, tc.ip)
	}
}

func (tc *trackedConn) Close() error {
	tc.once.Do(func() {
		tc.w.mu.Lock()
		tc.w.remove(tc)
		tc.w.mu.Unlock()
	})
	return tc.Conn.Close()
}

// hostOf is an address without its port.
func hostOf(a net.Addr) string {
	if a == nil {
		return ""
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}
