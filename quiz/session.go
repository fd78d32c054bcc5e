package quiz

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/httpquiz/httpquiz/content"
)

// Session is one round: a queue of questions, the answers given so far and the
// score. It knows no clock: the caller says how long each answer took. It is
// not safe for concurrent use.
type Session struct {
	cat     *content.Catalogue
	cfg     Config
	rng     *rand.Rand // planning and options
	retries *rand.Rand // a separate stream, so retries do not shift later picks

	pool    []content.Scenario // scenarios the session may ask
	queue   []Question
	pos     int
	results []Result
	missed  map[int]int // code -> times missed so far this round
	tally   Tally
}

// ErrNoScenarios means the filters left nothing to ask.
var ErrNoScenarios = errors.New("no scenarios match")

// New plans a session over a deck. The same catalogue, deck, config and seed
// always give the same questions with the same options in the same order.
func New(cat *content.Catalogue, deck content.Deck, cfg Config) (*Session, error) {
	switch {
	case cfg.Replay != nil:
		cfg.Count = max(len(cfg.Replay), 1)
	case cfg.Codes != nil:
		cfg.Count = max(len(cfg.Codes), 1)
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if cfg.Wild() {
		cat = cat.WithWild()
	}
	s := &Session{
		cat:     cat,
		cfg:     cfg,
		rng:     rand.New(rand.NewPCG(cfg.Seed, 0x68747470)),
		retries: rand.New(rand.NewPCG(cfg.Seed, 0x71756978)),
		missed:  map[int]int{},
	}
	s.pool = Pool(deck, cfg)
	var err error
	switch {
	case cfg.Replay != nil:
		s.queue, err = s.replay(deck, cfg.Replay)
	case cfg.Codes != nil:
		s.queue, err = s.planCodes(cfg.Codes)
	default:
		s.queue, err = s.plan()
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Pool is the scenarios of deck that a session with cfg may ask.
func Pool(deck content.Deck, cfg Config) []content.Scenario {
	var out []content.Scenario
	for _, sc := range deck.Scenarios {
		if cfg.keeps(sc) {
			out = append(out, sc)
		}
	}
	return out
}

// PoolSize is how many scenarios the session may ask.
func (s *Session) PoolSize() int { return len(s.pool) }

// Questions returns the round's planned questions, in order. For a timed
// round, whose questions never change with the answers, that is every question
// the round will ask.
func (s *Session) Questions() []Question { return slices.Clone(s.queue) }

// Current is the question being asked. It must not be called once Done.
func (s *Session) Current() Question { return s.queue[s.pos] }

// Position is the 1-based number of the current question.
func (s *Session) Position() int { return min(s.pos+1, len(s.queue)) }

// Len is the number of questions in the round, retries scheduled so far included.
func (s *Session) Len() int { return len(s.queue) }

// Done reports whether every question has been asked.
func (s *Session) Done() bool { return s.pos >= len(s.queue) }

// Answered reports whether the current question has been answered and the
// session waits for Next.
func (s *Session) Answered() bool { return len(s.results) > s.pos }

// Answer grades the answer to the current question, given after elapsed,
// keeps the score and, for a miss, schedules the code to come back. It returns
// the graded result; the same question stays current until Next. A second
// answer is ignored and the first result returned.
func (s *Session) Answer(chosen int, elapsed time.Duration) Result {
	if s.Answered() {
		return s.results[s.pos]
	}
	r := Grade(s.cat, s.Current(), chosen)
	r.Elapsed = elapsed
	s.keep(r)
	return s.results[s.pos]
}

// TimeOut records that the current question's time ran out unanswered: a
// wrong answer with nothing chosen.
func (s *Session) TimeOut(elapsed time.Duration) Result { return s.timeOut(elapsed, false) }

// Late records an answer that came after the question's time ran out: it is
// refused, and counts as a time-out.
func (s *Session) Late(elapsed time.Duration) Result { return s.timeOut(elapsed, true) }

func (s *Session) timeOut(elapsed time.Duration, late bool) Result {
	if s.Answered() {
		return s.results[s.pos]
	}
	r := Grade(s.cat, s.Current(), 0)
	r.TimedOut, r.Late = true, late
	r.WhyNot = ""
	r.Elapsed = elapsed
	s.keep(r)
	return s.results[s.pos]
}

// Stop ends the round now: the current question, if unanswered, and the rest
// are not asked.
func (s *Session) Stop() {
	s.queue = s.queue[:len(s.results)]
	s.pos = len(s.results)
}

// keep scores a graded answer and records it.
func (s *Session) keep(r Result) {
	r = s.tally.Add(r, s.cfg.Timed)
	if !r.Verdict.Correct() && s.cfg.Timed == nil {
		s.scheduleRetry(r.Question)
	}
	s.results = append(s.results, r)
}

// Next moves to the following question once the current one is answered.
// A question is never about the code whose answer was just shown (a
// class question about 503 right after a 503 scenario gives itself away):
// one about another code, further on, is asked first.
func (s *Session) Next() {
	if !s.Answered() || s.Done() {
		return
	}
	s.pos++
	s.follow()
	shown := s.results[s.pos-1].Answer.Code
	for i := s.pos; i < len(s.queue) && s.queue[s.pos].Code.Code == shown; i++ {
		if s.queue[i].Code.Code != shown {
			s.queue[s.pos], s.queue[i] = s.queue[i], s.queue[s.pos]
		}
	}
}

// RightsToLevelUp is how many right answers in a row raise the level the
// round follows; a miss lowers it by one. The level starts at 1 and is a
// scenario difficulty, 1 to 3.
const RightsToLevelUp = 2

// level is the difficulty the learner has shown so far.
func (s *Session) level() int {
	level, run := 1, 0
	for _, r := range s.results {
		switch {
		case !r.Verdict.Correct():
			level, run = max(level-1, 1), 0
		case run+1 == RightsToLevelUp:
			level, run = min(level+1, 3), 0
		default:
			run++
		}
	}
	return level
}

// follow brings forward, from the questions still planned, the first
// scenario at the learner's level (or, failing that, the nearest below it),
// when the next question is not already one. Retries keep their places.
func (s *Session) follow() {
	if !s.cfg.Follow || s.cfg.Timed != nil || s.Done() || s.queue[s.pos].Retry > 0 || s.queue[s.pos].Scenario == nil {
		return
	}
	level := s.level()
	best := -1
	for i := s.pos; i < len(s.queue); i++ {
		q := s.queue[i]
		if q.Retry > 0 || q.Scenario == nil {
			continue
		}
		d := difficulty(*q.Scenario)
		if d == level {
			best = i
			break
		}
		if d < level && (best < 0 || d > difficulty(*s.queue[best].Scenario)) {
			best = i
		}
	}
	if best > s.pos {
		q := s.queue[best]
		copy(s.queue[s.pos+1:best+1], s.queue[s.pos:best])
		s.queue[s.pos] = q
	}
}

// Score is the points so far.
func (s *Session) Score() int { return s.tally.Score }

// Streak is the current run of right answers.
func (s *Session) Streak() int { return s.tally.Streak }

// Results are the graded answers so far, in order.
func (s *Session) Results() []Result { return s.results }

// scheduleRetry queues the missed code again a couple of questions later,
// through another scenario with the same answer where the deck has one.
func (s *Session) scheduleRetry(q Question) {
	code := q.Code.Code
	s.missed[code]++
	if s.missed[code] > MaxRetries {
		return
	}
	again, err := s.retryOf(q)
	if err != nil {
		return
	}
	again.Retry = s.missed[code]
	at := min(s.pos+2+s.retries.IntN(2), len(s.queue))
	s.queue = append(s.queue[:at], append([]Question{again}, s.queue[at:]...)...)
}

func (s *Session) retryOf(q Question) (Question, error) {
	if q.Scenario == nil {
		return s.catalogueQuestion(q.Kind, q.Code, s.retries)
	}
	var same []content.Scenario
	for _, sc := range s.pool {
		if sc.Answer == q.Code.Code && sc.ID != q.Scenario.ID && !s.asked(sc.ID) {
			same = append(same, sc)
		}
	}
	sc := *q.Scenario
	if len(same) > 0 {
		sc = same[s.retries.IntN(len(same))]
	}
	return s.scenarioQuestion(q.Kind, sc, s.retries)
}

// asked reports whether a scenario is already in the round.
func (s *Session) asked(id string) bool {
	for _, q := range s.queue {
		if q.Scenario != nil && q.Scenario.ID == id {
			return true
		}
	}
	return false
}

func (s *Session) lookup(code int) (content.Code, error) {
	e, ok := s.cat.Lookup(code)
	if !ok {
		return content.Code{}, fmt.Errorf("code %d is not in the catalogue", code)
	}
	return e, nil
}
