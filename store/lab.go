package store

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"time"
)

// The lab's progress: the quests met, first time only, and the address of
// the last lab this user ran, for `httpquiz lab quests`.

// MeetQuest records that the lab answered code at; a quest met before keeps
// its first time.
func (s *Store) MeetQuest(ctx context.Context, code int, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO lab_quests VALUES (?, ?) ON CONFLICT (code) DO NOTHING`, code, millis(at))
	if err != nil {
		return fail(s.path, "cannot be written", err)
	}
	return nil
}

// MetQuests is when each quest was first met.
func (s *Store) MetQuests(ctx context.Context) (map[int]time.Time, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT code, met_at FROM lab_quests`)
	if err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	out := map[int]time.Time{}
	for rows.Next() {
		var code int
		var at int64
		if err := rows.Scan(&code, &at); err != nil {
			return nil, fail(s.path, "cannot be read", err)
		}
		out[code] = fromMillis(at)
	}
	return out, rows.Err()
}

// StartLab records where a lab listens.
func (s *Store) StartLab(ctx context.Context, url string, at time.Time) error {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO lab_runs (url, started_at) VALUES (?, ?)`, url, millis(at)); err != nil {
		return fail(s.path, "cannot be written", err)
	}
	return nil
}

// LabMisses are the codes whose last answer to one of the lab's questions
// (the questions whose ids begin with prefix) was wrong.
func (s *Store) LabMisses(ctx context.Context, prefix string) ([]int, error) {
	if prefix == "" {
		return nil, errors.New("no prefix for the lab's questions")
	}
	// The ids from prefix up to the next possible prefix: a range the index reads.
	end := prefix[:len(prefix)-1] + string(prefix[len(prefix)-1]+1)
	rows, err := s.db.QueryContext(ctx, `SELECT code_asked, correct FROM answers
		WHERE question_id >= ? AND question_id < ? ORDER BY id`, prefix, end)
	if err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	last := map[int]bool{}
	for rows.Next() {
		var code int
		var correct bool
		if err := rows.Scan(&code, &correct); err != nil {
			return nil, fail(s.path, "cannot be read", err)
		}
		last[code] = correct
	}
	if err := rows.Err(); err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	var out []int
	for code, right := range last {
		if !right {
			out = append(out, code)
		}
	}
	slices.Sort(out)
	return out, nil
}

// LastLab is where this user's last lab listened; ok is false if none ran.
func (s *Store) LastLab(ctx context.Context) (url string, ok bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT url FROM lab_runs ORDER BY id DESC LIMIT 1`).Scan(&url)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", false, nil
	case err != nil:
		return "", false, fail(s.path, "cannot be read", err)
	}
	return url, true, nil
}
