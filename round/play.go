package round

import (
	"errors"
	"slices"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
)

// Clock tells the time; rounds take one so that tests can control it.
type Clock func() time.Time

// Play is a round being played: its session and its clocks. Every face plays
// through one, so a question times out, an answer comes too late and the
// round's time runs out by the same rules everywhere. The clocks count only
// while a question is open: reading the feedback costs no time. It is not
// safe for concurrent use.
type Play struct {
	// Spec is the round as asked for, with its seed decided.
	Spec    Spec
	Session *quiz.Session
	// Started is when the round began.
	Started time.Time
	// Sources are the deck files the round is played from.
	Sources []string

	cat      *content.Catalogue
	deckHash string
	clock    Clock
	open     bool
	openedAt time.Time
	closedAt time.Time
	used     time.Duration // round time spent on the questions closed so far
	expired  bool          // the round's time ran out
	stopped  bool          // the learner ended the round
	short    int           // scenarios in a pool smaller than the round asked for; 0 if not
}

// ErrAnswered means the current question already has its answer.
var ErrAnswered = errors.New("this question is already answered")

// Start decides the round's seed and plans its questions. A round whose
// filters leave no scenario fails with a *MissingError.
func Start(spec Spec, c Content, clock Clock, seed func() uint64) (*Play, error) {
	spec = spec.resolve(seed)
	s, err := plan(spec, c)
	if err != nil {
		return nil, err
	}
	cat := c.Catalogue
	if spec.Config.Wild() {
		cat = cat.WithWild() // a typed wild code is an answer, not a typo
	}
	p := &Play{Spec: spec, Session: s, Started: clock(), Sources: c.Sources, cat: cat, deckHash: c.Deck.Hash(),
		clock: clock}
	if cfg := spec.Config; cfg.Replay == nil && cfg.Codes == nil && s.Len() < cfg.Count {
		p.short = s.PoolSize()
	}
	return p, nil
}

// Check reports whether a round can be played from c, without playing it: a
// *MissingError when its filters leave no scenario.
func Check(spec Spec, c Content) error {
	_, err := plan(spec.WithSeed(0).resolve(nil), c)
	return err
}

// plan draws the round's questions.
func plan(spec Spec, c Content) (*quiz.Session, error) {
	deck := c.Deck
	if spec.Config.AsksLab() && len(c.Lab) > 0 {
		deck.Scenarios = append(slices.Clone(deck.Scenarios), c.Lab...)
	}
	s, err := quiz.New(c.Catalogue, deck, spec.Config)
	if errors.Is(err, quiz.ErrNoScenarios) {
		return nil, missing(spec, c)
	}
	return s, err
}

// Seed is the round's seed.
func (p *Play) Seed() uint64 { return p.Spec.Config.Seed }

// DeckHash identifies the deck the round was played from.
func (p *Play) DeckHash() string { return p.deckHash }

// Shortened reports, for a round asked for more questions than its deck can
// give without repeats, how many scenarios there are: the round plays each
// once.
func (p *Play) Shortened() (scenarios int, ok bool) { return p.short, p.short > 0 }

// Current is the question being asked.
func (p *Play) Current() quiz.Question { return p.Session.Current() }

// Done reports whether the round is over.
func (p *Play) Done() bool { return p.Session.Done() }

// Open starts the current question's clock, and the round's: call it when
// the question is shown.
func (p *Play) Open() {
	if p.open || p.Session.Done() || p.Session.Answered() {
		return
	}
	p.open, p.openedAt = true, p.clock()
}

// Answer grades an answer to the open question. One that comes after the
// question's or the round's time ran out is refused and counts as missed
// (the result says Late); a typed number that is not a registered code is
// refused with a *NotACodeError and costs nothing.
func (p *Play) Answer(value int) (quiz.Result, error) {
	if p.Session.Done() || p.Session.Answered() {
		return quiz.Result{}, ErrAnswered
	}
	p.Open()
	now := p.clock()
	if allowed, over := p.over(now); over {
		return p.close(now, p.Session.Late(allowed)), nil
	}
	if p.Current().Kind == quiz.TypeCode {
		if _, ok := p.cat.Lookup(value); !ok {
			return quiz.Result{}, &NotACodeError{Code: value}
		}
	}
	return p.close(now, p.Session.Answer(value, now.Sub(p.openedAt))), nil
}

// Tick enforces the clocks: when the open question's time, or the round's,
// has run out, the question closes unanswered. It returns that result.
func (p *Play) Tick() (quiz.Result, bool) {
	if !p.open {
		return quiz.Result{}, false
	}
	now := p.clock()
	allowed, over := p.over(now)
	if !over {
		return quiz.Result{}, false
	}
	return p.close(now, p.Session.TimeOut(allowed)), true
}

// over reports whether the open question has run out of time at now, and how
// long it was allowed.
func (p *Play) over(now time.Time) (time.Duration, bool) {
	if !p.Spec.Clocked() {
		return 0, false
	}
	l := p.Spec.Timed
	allowed, limited := l.PerQuestion, l.PerQuestion > 0
	if left := max(l.Total-p.used, 0); l.Total > 0 && (!limited || left < allowed) {
		allowed, limited = left, true // the round's time runs out first
	}
	return allowed, limited && now.Sub(p.openedAt) >= allowed
}

// close ends the open question with its result, and the round when its
// overall time is spent.
func (p *Play) close(now time.Time, r quiz.Result) quiz.Result {
	if p.open {
		p.used += r.Elapsed
	}
	p.open, p.closedAt = false, now
	if l := p.Spec.Timed; p.Spec.Clocked() && l.Total > 0 && p.used >= l.Total {
		p.expired = true
		p.Session.Stop()
	}
	return r
}

// ClosedAt is when the last question closed: when its answer was given.
func (p *Play) ClosedAt() time.Time { return p.closedAt }

// Next moves on to the following question once the current one is answered.
func (p *Play) Next() { p.Session.Next() }

// Stop ends the round now, at the learner's wish.
func (p *Play) Stop() {
	p.stopped = p.stopped || len(p.Session.Results()) < p.Session.Len()
	p.open = false
	p.Session.Stop()
}

// EndedEarly reports whether the learner ended the round before its end.
func (p *Play) EndedEarly() bool { return p.stopped }

// Expired reports whether the round ended because its time ran out.
func (p *Play) Expired() bool { return p.expired }

// QuestionLeft is the time left for the open question, if it has a limit.
func (p *Play) QuestionLeft() (time.Duration, bool) {
	if !p.Spec.Clocked() || p.Spec.Timed.PerQuestion == 0 {
		return 0, false
	}
	return p.spend(p.Spec.Timed.PerQuestion), true
}

// RoundLeft is the time left for the whole round, if it has a limit.
func (p *Play) RoundLeft() (time.Duration, bool) {
	if !p.Spec.Clocked() || p.Spec.Timed.Total == 0 {
		return 0, false
	}
	return p.spend(p.Spec.Timed.Total - p.used), true
}

// spend is what is left of a time once the open question's time so far is taken off.
func (p *Play) spend(left time.Duration) time.Duration {
	if p.open {
		left -= p.clock().Sub(p.openedAt)
	}
	return max(left, 0)
}

// Summary reports the round so far.
func (p *Play) Summary() quiz.Summary { return p.Session.Summary() }
