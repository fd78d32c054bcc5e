package round

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
)

// Recorder keeps a round's answers as they are given: in the progress
// database (each answer in its own transaction, with its review card) and,
// for a round with an Out file, in that file, rewritten after every answer.
// It may be called from any goroutine; a lock keeps the writes in order and
// makes sure the round's own row is written before its first answer. A
// failure is returned once: after it, progress is no longer written and the
// round goes on.
type Recorder struct {
	progress *store.Lazy // nil: progress is not kept
	round    store.Round
	out      string
	version  string

	mu         sync.Mutex
	id         int64
	started    bool
	saveFailed bool
	outFailed  bool
	rows       []Row
}

// NewRecorder keeps the answers of p in progress (nil keeps none there) and
// in the round's Out file, if it has one.
func NewRecorder(p *Play, progress *store.Lazy, version string) *Recorder {
	return &Recorder{progress: progress, out: p.Spec.Out, version: version,
		round: store.Round{Mode: p.Spec.Mode, Seed: p.Seed(), DeckHash: p.DeckHash(), Version: version, Started: p.Started}}
}

// Record keeps answer n (1-based) of the round, given at at. saved reports
// whether it is now in the progress database.
func (r *Recorder) Record(n int, res quiz.Result, at time.Time) (saved bool, err error) {
	if r == nil {
		return false, nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	saveErr := r.save(func(s *store.Store, id int64) error {
		rating, counts := quiz.RatingFor(res)
		return s.Record(context.Background(), store.AnswerOf(id, r.round.Mode, res, at), rating, counts)
	})
	saved = saveErr == nil && r.progress != nil && !r.saveFailed
	return saved, joinErrs(saveErr, r.writeOut(n, res))
}

// End records how the round ended, once something was answered.
func (r *Recorder) End(sum quiz.Summary, at time.Time) error {
	if r == nil || sum.Answered == 0 {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.started {
		return nil
	}
	return r.save(func(s *store.Store, id int64) error {
		return s.EndRound(context.Background(), id, sum, at)
	})
}

// save runs fn on the store, starting the round's row first. Called with r.mu held.
func (r *Recorder) save(fn func(*store.Store, int64) error) error {
	if r.progress == nil || r.saveFailed {
		return nil
	}
	s, err := r.progress.Get()
	if err == nil && !r.started {
		r.id, err = s.StartRound(context.Background(), r.round)
		r.started = err == nil
	}
	if err == nil {
		err = fn(s, r.id)
	}
	if err != nil {
		r.saveFailed = true
		return fmt.Errorf("not saving progress: %w", err)
	}
	return nil
}

// writeOut rewrites the results file with every answer so far. Called with r.mu held.
func (r *Recorder) writeOut(n int, res quiz.Result) error {
	if r.out == "" || r.outFailed {
		return nil
	}
	for len(r.rows) < n {
		r.rows = append(r.rows, Row{})
	}
	r.rows[n-1] = rowOf(r.round.Seed, r.round.DeckHash, r.version, n, res)
	score := 0
	for _, row := range r.rows {
		score += row.Points
	}
	if err := writeOut(r.out, r.rows, score); err != nil {
		r.outFailed = true
		return fmt.Errorf("cannot write %s: %w", r.out, err)
	}
	return nil
}

func joinErrs(a, b error) error {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	return fmt.Errorf("%w; %w", a, b)
}
