package cli

import "github.com/httpquiz/httpquiz/store"

// dbPath is where progress is kept: --db, else $HTTPQUIZ_DB, else the XDG
// state directory.
func (e *env) dbPath() (string, error) {
	if e.db != "" {
		return e.db, nil
	}
	return store.DefaultPath()
}

// withStore opens the progress database for a command that needs it now, runs
// fn with it and closes it.
func withStore(env *env, fn func(*store.Store) error) error {
	path, err := env.dbPath()
	if err != nil {
		return err
	}
	s, err := store.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}

// progressFor returns the progress database for a round, opened on first use:
// in the full screen that is after the first frame, and a round that keeps
// nothing never creates it.
func progressFor(env *env) (*store.Lazy, error) {
	path, err := env.dbPath()
	if err != nil {
		return nil, err
	}
	return store.NewLazy(path), nil
}
