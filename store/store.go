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
	"net/url"
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
// is not an httpquiz database, nor one that is damaged: such a file is
// reported as an error, and nothing is left beside it.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fail(path, "cannot create its directory", err)
	}
	before := existing(path)
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return nil, &Error{Path: path, What: "is a directory, not a database"}
	case err == nil:
		// Check an existing file read-only first: the settings below would
		// turn any SQLite file into WAL mode, and a file that is not ours must
		// be left exactly as it is.
		if err := check(path); err != nil {
			before.clean(path)
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
	dsn, err := uri(path, "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)"+
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate")
	if err != nil {
		return nil, fail(path, "cannot be opened", err)
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fail(path, "cannot be opened", err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		before.clean(path)
		return nil, err
	}
	return s, nil
}

// uri is the SQLite URI of a file path with query parameters. The path is
// escaped, so that a '?', '#' or '%' in it is part of the name and never
// URI syntax: "f.db#z.db" is the file of that name, not f.db.
func uri(path, query string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	abs = filepath.ToSlash(abs)
	if !strings.HasPrefix(abs, "/") {
		abs = "/" + abs // a Windows drive: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: abs, RawQuery: query}).String(), nil
}

// sidecars are the files SQLite keeps beside a database.
var sidecars = []string{"", "-wal", "-shm", "-journal"}

// onDisk records which of a database's files existed before it was opened.
type onDisk map[string]bool

func existing(path string) onDisk {
	p := onDisk{}
	for _, suffix := range sidecars {
		if _, err := os.Lstat(path + suffix); err == nil {
			p[suffix] = true
		}
	}
	return p
}

// clean removes the files beside a refused database that opening it
// created, so that a refusal changes nothing on disk. The database itself is
// never removed unless it was created here and is still empty.
func (p onDisk) clean(path string) {
	for _, suffix := range sidecars[1:] {
		if !p[suffix] {
			os.Remove(path + suffix)
		}
	}
	if info, err := os.Stat(path); !p[""] && err == nil && info.Size() == 0 {
		os.Remove(path)
	}
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
			return damaged(path)
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

// check reads an existing file, read-only, to be sure it is an undamaged
// httpquiz database this build can use. Without a write-ahead log beside
// it, the file is read as immutable, which creates nothing beside it; a
// fault found that way is confirmed by an ordinary read, in case another
// process was writing the file meanwhile.
func check(path string) error {
	_, err := os.Stat(path + "-wal")
	immutable := errors.Is(err, os.ErrNotExist)
	err = checkWith(path, immutable)
	if e := (*Error)(nil); immutable && errors.As(err, &e) && e.What == damagedWhat {
		err = checkWith(path, false)
	}
	return err
}

func checkWith(path string, immutable bool) error {
	query := "mode=ro&_pragma=busy_timeout(10000)"
	if immutable {
		query += "&immutable=1"
	}
	dsn, err := uri(path, query)
	if err != nil {
		return fail(path, "cannot be opened", err)
	}
	db, err := sql.Open("sqlite", dsn)
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
	return quickCheck(db, path)
}

// fullCheckBytes bounds the files checked whole on open: SQLite's quick
// check reads every page, some 10 ms per MB. Past it (years of answers) the
// check covers every table but the answer history, which is then checked as
// it is read and written: SQLite reports a damaged page it meets.
const fullCheckBytes = 16 << 20

// smallTables are the tables checked on open in a large file: everything
// stats, review and the classroom results read first.
var smallTables = []string{"sessions", "review_state", "code_totals", "confusion_totals", "day_totals",
	"class_rounds", "class_players", "class_questions"}

// quickCheck runs SQLite's quick integrity check: a damaged file is never
// written to, since writing could spread the damage over good pages.
func quickCheck(db *sql.DB, path string) error {
	pragmas := []string{"PRAGMA quick_check(1)"}
	if info, err := os.Stat(path); err == nil && info.Size() > fullCheckBytes {
		pragmas = pragmas[:0]
		for _, t := range smallTables {
			pragmas = append(pragmas, "PRAGMA quick_check('"+t+"')") // names of our own, never input
		}
	}
	for _, pragma := range pragmas {
		var verdict string
		if err := db.QueryRow(pragma).Scan(&verdict); err != nil {
			if strings.Contains(err.Error(), "no such table") {
				continue // an older schema; migrating adds it
			}
			return fail(path, "cannot be read", err)
		}
		if verdict != "ok" {
			return damaged(path)
		}
	}
	return nil
}

// damagedWhat says a file is damaged, with the way out.
const damagedWhat = "is damaged, and httpquiz will not write to it: move it aside (mv it to a .broken name) to start afresh, or use --db"

// damaged is the error for a file SQLite finds damaged.
func damaged(path string) error {
	return &Error{Path: path, What: damagedWhat}
}
