package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
)

// Round describes a round as it starts.
type Round struct {
	Mode     string // practice, typed, drill:auth, review, retry, ...
	Seed     uint64
	DeckHash string
	Version  string
	Started  time.Time
}

// StartRound records a round and returns its id.
func (s *Store) StartRound(ctx context.Context, r Round) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO sessions (mode, seed, deck_hash, version, started_at)
			VALUES (?, ?, ?, ?, ?)`, r.Mode, strconv.FormatUint(r.Seed, 10), r.DeckHash, r.Version, millis(r.Started))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// EndRound records how a round ended.
func (s *Store) EndRound(ctx context.Context, id int64, sum quiz.Summary, ended time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE sessions SET ended_at = ?, score = ?, answered = ?, correct = ? WHERE id = ?`,
			millis(ended), sum.Score, sum.Answered, sum.Right, id)
		return err
	})
}

// Answer is one answer as stored.
type Answer struct {
	Round      int64 // 0 when not part of a recorded round
	At         time.Time
	Mode       string
	QuestionID string
	Kind       string
	Asked      int
	Chosen     int
	Verdict    string
	Correct    bool
	Elapsed    time.Duration
	Retry      int
}

// AnswerOf turns a graded result into the record kept of it.
func AnswerOf(round int64, mode string, r quiz.Result, at time.Time) Answer {
	return Answer{
		Round: round, At: at, Mode: mode, QuestionID: r.Question.ID(), Kind: r.Question.Kind.String(),
		Asked: r.Answer.Code, Chosen: r.Chosen, Verdict: r.Verdict.String(), Correct: r.Verdict.Correct(),
		Elapsed: r.Elapsed, Retry: r.Question.Retry,
	}
}

// Record stores one answer and, when it counts for review, moves the code's
// review card on, all in one transaction: it is on disk when Record returns.
func (s *Store) Record(ctx context.Context, a Answer, rating quiz.Rating, counts bool) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := insertAnswer(ctx, tx, a); err != nil {
			return err
		}
		if err := addTotals(ctx, tx, a); err != nil {
			return err
		}
		if !counts {
			return nil
		}
		card, err := cardOf(ctx, tx, a.Asked)
		if err != nil {
			return err
		}
		return saveCard(ctx, tx, card.Apply(rating, a.At))
	})
}

func insertAnswer(ctx context.Context, tx *sql.Tx, a Answer) error {
	var round any
	if a.Round != 0 {
		round = a.Round
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO answers (session_id, answered_at, mode, question_id, kind,
		code_asked, code_chosen, verdict, correct, response_ms, retry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		round, millis(a.At), a.Mode, a.QuestionID, a.Kind, a.Asked, a.Chosen, a.Verdict, boolInt(a.Correct),
		a.Elapsed.Milliseconds(), a.Retry)
	return err
}

// addTotals keeps the running totals behind the stats in step with the answers.
func addTotals(ctx context.Context, tx *sql.Tx, a Answer) error {
	c := boolInt(a.Correct)
	if _, err := tx.ExecContext(ctx, `INSERT INTO code_totals VALUES (?, 1, ?)
		ON CONFLICT (code) DO UPDATE SET answered = answered + 1, correct = correct + excluded.correct`, a.Asked, c); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO day_totals VALUES (?, 1, ?)
		ON CONFLICT (day) DO UPDATE SET answered = answered + 1, correct = correct + excluded.correct`, day(a.At), c); err != nil {
		return err
	}
	if k, ok := quiz.KindNamed(a.Kind); a.Correct || a.Chosen == 0 || ok && !k.ChoosesCode() {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO confusion_totals VALUES (?, ?, 1)
		ON CONFLICT (asked, chosen) DO UPDATE SET times = times + 1`, a.Asked, a.Chosen)
	return err
}

func cardOf(ctx context.Context, tx *sql.Tx, code int) (quiz.Card, error) {
	c := quiz.Card{Code: code}
	var due, last int64
	err := tx.QueryRowContext(ctx, `SELECT stability, difficulty, due, last_review, reps, lapses, relearning
		FROM review_state WHERE code = ?`, code).Scan(&c.Stability, &c.Difficulty, &due, &last, &c.Reps, &c.Lapses, &c.Relearning)
	if errors.Is(err, sql.ErrNoRows) {
		return c, nil
	}
	c.Due, c.LastReview = fromMillis(due), fromMillis(last)
	return c, err
}

func saveCard(ctx context.Context, tx *sql.Tx, c quiz.Card) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO review_state VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (code) DO UPDATE SET stability = excluded.stability, difficulty = excluded.difficulty,
		due = excluded.due, last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses,
		relearning = excluded.relearning`,
		c.Code, c.Stability, c.Difficulty, millis(c.Due), millis(c.LastReview), c.Reps, c.Lapses, boolInt(c.Relearning))
	return err
}

// Cards returns the review state of every code met so far.
func (s *Store) Cards(ctx context.Context) ([]quiz.Card, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT code, stability, difficulty, due, last_review, reps, lapses, relearning
		FROM review_state ORDER BY code`)
	if err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	var out []quiz.Card
	for rows.Next() {
		var c quiz.Card
		var due, last int64
		if err := rows.Scan(&c.Code, &c.Stability, &c.Difficulty, &due, &last, &c.Reps, &c.Lapses, &c.Relearning); err != nil {
			return nil, fail(s.path, "cannot be read", err)
		}
		c.Due, c.LastReview = fromMillis(due), fromMillis(last)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	return out, nil
}

// millis and fromMillis store times as Unix milliseconds.
func millis(t time.Time) int64      { return t.UnixMilli() }
func fromMillis(ms int64) time.Time { return time.UnixMilli(ms) }
func day(t time.Time) string        { return t.Local().Format(time.DateOnly) }
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
