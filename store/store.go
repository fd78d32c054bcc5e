// Package store keeps a learner's progress in SQLite: every answer, the review
// state of each status code, the rounds played. It depends on the quiz
// package's types only. Each answer is written in its own transaction as it is
// given; the database runs in WAL mode with a busy timeout, so several httpquiz
// processes can write at once without losing each other's answers.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// EnvVar names the environment variable that overrides the database path.
const EnvVar = "HTTPQUIZ_DB"

// applicationID marks a SQLite file as httpquiz's ("htpq"), so that another
// program's database is never mistaken for ours.
const applicationID = 0x68747071

// DefaultPath is where progress lives unless told otherwise: $HTTPQUIZ_DB, else
// $XDG_STATE_HOME/httpquiz/progress.db, else ~/.local/state/httpquiz/progress.db.
func DefaultPath() (string, error) {
	if p := os.Getenv(EnvVar); p != "" {
		return p, nil
	}
	if dir := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "httpquiz", "progress.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("cannot find a home directory for the progress database (set %s or use --db): %w", EnvVar, err)
	}
	return filepath.Join(home, ".local", "state", "httpquiz", "progress.db"), nil
}

// Store is an open progress database.
type Store struct {
	db   *sql.DB
	path string
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Open opens the database at path, creating it and its directory if needed,
// and brings its schema up to date. It never deletes or rewrites a file that
// is not an httpquiz database: such a file is reported as an error.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fail(path, "cannot create its directory", err)
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return nil, &Error{Path: path, What: "is a directory, not a database"}
	case err == nil:
		// Check an existing file read-only first: the settings below would
		// turn any SQLite file into WAL mode, and a file that is not ours must
		// be left exactly as it is.
		if err := check(path); err != nil {
			return nil, err
		}
	default:
		// A new database is private to its owner, like its directory.
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil && !errors.Is(err, os.ErrExist) {
			return nil, fail(path, "cannot be created", err)
		}
		if f != nil {
			f.Close()
		}
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fail(path, "cannot be opened", err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Error is a problem with the progress database, phrased for the learner: what
// is wrong with which file, and what to do about it.
type Error struct {
	Path string
	What string
	Err  error
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("progress database %s %s", e.Path, e.What)
	if e.Err != nil {
		msg += ": " + strings.TrimSpace(firstLine(e.Err.Error()))
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

func firstLine(s string) string { return strings.SplitN(s, "\n", 2)[0] }

// fail describes an error from SQLite or the file system in the learner's terms.
func fail(path, what string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB:
			return &Error{Path: path, What: "is not an httpquiz database (not SQLite at all); use --db for another file or move it aside"}
		case sqlite3.SQLITE_CORRUPT:
			return &Error{Path: path, What: "is damaged; move it aside (mv it to a .broken name) to start afresh, or use --db"}
		case sqlite3.SQLITE_FULL:
			return &Error{Path: path, What: "cannot be written: the disk is full"}
		case sqlite3.SQLITE_READONLY:
			return &Error{Path: path, What: "cannot be written: the file or its directory is read-only"}
		case sqlite3.SQLITE_CANTOPEN:
			return &Error{Path: path, What: "cannot be opened (check the directory's permissions)"}
		case sqlite3.SQLITE_BUSY:
			return &Error{Path: path, What: "is locked by another program for too long"}
		}
	}
	if errors.Is(err, os.ErrPermission) {
		return &Error{Path: path, What: what + ": permission denied"}
	}
	return &Error{Path: path, What: what, Err: err}
}

// check reads an existing file's header, read-only, to be sure it is an
// httpquiz database this build can use.
func check(path string) error {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return fail(path, "cannot be opened", err)
	}
	defer db.Close()
	var version, appID, tables int
	err = db.QueryRow(`SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT application_id FROM pragma_application_id), (SELECT count(*) FROM sqlite_master)`).Scan(&version, &appID, &tables)
	switch {
	case err != nil:
		return fail(path, "cannot be read", err)
	case appID != applicationID && (tables > 0 || appID != 0):
		return &Error{Path: path, What: "belongs to another program (it is SQLite, but not httpquiz's); use --db for another file"}
	case version > len(migrations):
		return &Error{Path: path, What: fmt.Sprintf("was written by a newer httpquiz (schema %d; this one knows up to %d); update httpquiz or use --db", version, len(migrations))}
	}
	return nil
}
