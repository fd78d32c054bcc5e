// Package lab is a small, honest HTTP API that runs inside httpquiz, so
// that a learner meets each status code in a real response from a real
// client. It is plain net/http: users and sessions, notes with ETags,
// export jobs, a rate-limited search, redirects, a handler that really
// fails, and a gateway in front of an in-process upstream that misbehaves on
// request. Its state lives in memory, one Lab at a time, and nothing it does
// touches the file system or the network beyond its own listener.
package lab

import (
	"log/slog"
	"maps"
	"net/http"
	"sync"
	"time"
)

// Limits keep a lab safe to run in a workshop room.
const (
	// MaxBody is the largest request body read; a larger one is refused
	// with 413.
	MaxBody = 64 << 10
	// MaxHeader is the most header bytes a request may send; more is 431.
	MaxHeader = 8 << 10
	// SearchBurst requests to GET /search within SearchWindow, per client,
	// before it answers 429.
	SearchBurst  = 5
	SearchWindow = 10 * time.Second
	// UpstreamTimeout is how long the gateway waits for its upstream before
	// it answers 504.
	UpstreamTimeout = 300 * time.Millisecond
	// JobTime is how long an export job runs before its result is ready.
	JobTime = 2 * time.Second
)

// Lab is one running API: its state, its upstream and its request log.
type Lab struct {
	mu       sync.Mutex
	now      func() time.Time
	users    map[int]*user
	emails   map[string]int // email -> user id
	tokens   map[string]int // bearer token -> user id
	notes    map[int]*note
	gone     map[int]bool // notes deleted: they answer 410
	jobs     map[int]*job
	searches map[string][]time.Time // client -> recent searches
	lastID   map[string]int         // the last id given, per kind of thing
	seen     map[int]time.Time      // when each status was first sent; kept across resets
	upstream *upstream
	observe  func(Entry)
	log      *slog.Logger
	handler  http.Handler
}

// Options say what a lab needs from its caller; every field may be left out.
type Options struct {
	// Now is the lab's clock.
	Now func() time.Time
	// Observe hears about every request once its response is written.
	Observe func(Entry)
	// Log hears about handler failures; nothing is logged without it.
	Log *slog.Logger
}

// New makes a lab with its starting state.
func New(o Options) *Lab {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	l := &Lab{now: o.Now, observe: o.Observe, log: o.Log, upstream: newUpstream(), seen: map[int]time.Time{}}
	l.Reset()
	l.handler = l.routes()
	return l
}

// Reset puts the lab back to its starting state: demo and eve and two notes,
// nothing else.
func (l *Lab) Reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.users, l.emails, l.tokens = map[int]*user{}, map[string]int{}, map[string]int{}
	l.notes, l.gone, l.jobs = map[int]*note{}, map[int]bool{}, map[int]*job{}
	l.searches = map[string][]time.Time{}
	l.lastID = map[string]int{}
	l.seed()
}

// ServeHTTP answers one request, logged, limited and safe from panics.
func (l *Lab) ServeHTTP(w http.ResponseWriter, r *http.Request) { l.handler.ServeHTTP(w, r) }

// Close stops the in-process upstream.
func (l *Lab) Close() { l.upstream.close() }

// id gives the next id for a kind of thing: users, notes and jobs count
// from 1 each.
func (l *Lab) id(kind string) int {
	l.lastID[kind]++
	return l.lastID[kind]
}

// Seen is when the lab first sent each status code.
func (l *Lab) Seen() map[int]time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return maps.Clone(l.seen)
}
