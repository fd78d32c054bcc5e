package plain

import (
	"context"
	"fmt"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
)

// saver writes a plain round's answers as they are given. Plain mode has no
// event loop to keep responsive, so it writes directly. The first failure is
// reported once and saving stops; the round goes on.
type saver struct {
	o       Options
	round   store.Round
	s       *store.Store
	id      int64
	stopped bool
}

func newSaver(o Options, seed uint64) *saver {
	sv := &saver{o: o, round: store.Round{Mode: o.Round.Mode, Seed: seed, DeckHash: o.Deck.Hash(),
		Version: o.Version, Started: o.Clock()}}
	if o.Progress == nil {
		sv.stopped = true
	}
	return sv
}

func (sv *saver) fail(err error) {
	sv.stopped = true
	if sv.o.Warn != nil {
		fmt.Fprintln(sv.o.Warn, "httpquiz: warning: not saving progress:", err)
	}
}

func (sv *saver) ready() bool {
	if sv.stopped {
		return false
	}
	if sv.s != nil {
		return true
	}
	s, err := sv.o.Progress.Get()
	if err == nil {
		sv.id, err = s.StartRound(context.Background(), sv.round)
	}
	if err != nil {
		sv.fail(err)
		return false
	}
	sv.s = s
	return true
}

func (sv *saver) record(r quiz.Result, at time.Time) {
	if !sv.ready() {
		return
	}
	rating, counts := quiz.RatingFor(r)
	if err := sv.s.Record(context.Background(), store.AnswerOf(sv.id, sv.round.Mode, r, at), rating, counts); err != nil {
		sv.fail(err)
	}
}

func (sv *saver) end(sum quiz.Summary, at time.Time) {
	if sum.Answered == 0 || sv.s == nil || sv.stopped {
		return
	}
	if err := sv.s.EndRound(context.Background(), sv.id, sum, at); err != nil {
		sv.fail(err)
	}
}
