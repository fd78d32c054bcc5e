package store

import "sync"

// Lazy is a store opened on first use, so that opening it (creating it,
// migrating it) happens in the background work that first needs it and never
// on the way to the first frame. A failed open is remembered: every Get
// returns the same error.
type Lazy struct {
	get func() (*Store, error)
}

// NewLazy returns a store for path that opens when first used.
func NewLazy(path string) *Lazy {
	return &Lazy{get: sync.OnceValues(func() (*Store, error) { return Open(path) })}
}

// Get opens the store the first time and returns it.
func (l *Lazy) Get() (*Store, error) { return l.get() }

// Close closes the database if it was opened.
func (l *Lazy) Close() error {
	if s, err := l.get(); err == nil {
		return s.Close()
	}
	return nil
}
