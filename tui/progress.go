package tui

import (
	"context"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
)

// recorder saves one round's answers. It is used from commands only, never
// from Update: its lock keeps a round's writes in order and makes sure the
// round's own row is written before its first answer.
type recorder struct {
	progress *store.Lazy // nil: progress is not kept
	round    store.Round

	mu      sync.Mutex
	id      int64
	started bool
}

// savedMsg reports that answer n (1-based) of a round was written, or why not.
type savedMsg struct {
	play *play
	n    int
	err  error
}

// progressErrMsg reports a failure to read or write progress outside an answer.
type progressErrMsg struct{ err error }

// record returns the command that writes one answer in its own transaction.
func (r *recorder) record(p *play, n int, res quiz.Result, at time.Time) tea.Cmd {
	if r == nil || r.progress == nil {
		return nil
	}
	return func() tea.Msg {
		rating, counts := quiz.RatingFor(res)
		err := r.with(func(s *store.Store, round int64) error {
			return s.Record(context.Background(), store.AnswerOf(round, r.round.Mode, res, at), rating, counts)
		})
		return savedMsg{play: p, n: n, err: err}
	}
}

// end returns the command that records the round's result.
func (r *recorder) end(sum quiz.Summary, at time.Time) tea.Cmd {
	if r == nil || r.progress == nil || sum.Answered == 0 {
		return nil
	}
	return func() tea.Msg {
		err := r.with(func(s *store.Store, round int64) error {
			return s.EndRound(context.Background(), round, sum, at)
		})
		if err != nil {
			return progressErrMsg{err}
		}
		return nil
	}
}

func (r *recorder) with(fn func(*store.Store, int64) error) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, err := r.progress.Get()
	if err != nil {
		return err
	}
	if !r.started {
		if r.id, err = s.StartRound(context.Background(), r.round); err != nil {
			return err
		}
		r.started = true
	}
	return fn(s, r.id)
}
