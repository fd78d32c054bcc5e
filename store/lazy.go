package store

import (
	"errors"
	"sync"
)

// Lazy is a store opened on first use, so that opening it (creating it,
// migrating it) happens in the background work that first needs it and never
// on the way to the first frame. A failed open is remembered: every Get
// returns the same error. A Lazy that was never used never touches the disk.
type Lazy struct {
	path string
	once sync.Once
	s    *Store // set inside once: read only after once.Do returns
	err  error

	mu      sync.Mutex
	started bool
	closed  bool
}

// errClosed is what Get returns after Close.
var errClosed = errors.New("the progress database is closed")

// NewLazy returns a store for path that opens when first used.
func NewLazy(path string) *Lazy { return &Lazy{path: path} }

// Get opens the store the first time and returns it.
func (l *Lazy) Get() (*Store, error) {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil, errClosed
	}
	l.started = true
	l.mu.Unlock()
	l.once.Do(func() { l.s, l.err = Open(l.path) })
	if l.s == nil && l.err == nil {
		return nil, errClosed // Close came first
	}
	return l.s, l.err
}

// Close closes the database if it was opened, waiting for an open under way,
// and only then: closing a store nobody used creates nothing.
func (l *Lazy) Close() error {
	l.mu.Lock()
	l.closed = true
	started := l.started
	l.mu.Unlock()
	if !started {
		return nil
	}
	l.once.Do(func() {}) // wait for the open in flight, if any
	if l.s == nil {
		return nil
	}
	return l.s.Close()
}
