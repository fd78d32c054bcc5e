package round

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
)

// DefaultGoal is the daily goal in answers, unless the learner sets one.
const DefaultGoal = 20

// SolidDays is the memory a code needs to count as solid: FSRS expects it to
// be recalled for at least a week.
const SolidDays = 7

// Today is what the day holds for a learner: the codes due and relearning,
// the streak, the day's answers against the goal, and the core codes known.
type Today struct {
	Due, Relearning int
	StreakDays      int
	Answered, Goal  int
	Core, CoreSolid int
}

// Worth says which round is the most useful now: review when a code is due
// or relearning, else practice.
func (t Today) Worth() (review bool) { return t.Due > 0 }

// LoadToday reads the day from the progress database.
func LoadToday(ctx context.Context, progress *store.Lazy, cat *content.Catalogue, now time.Time, goal int) (Today, error) {
	t := Today{Goal: goal}
	if t.Goal <= 0 {
		t.Goal = DefaultGoal
	}
	for _, c := range cat.Codes() {
		if c.Core {
			t.Core++
		}
	}
	if progress == nil {
		return t, ErrNoProgress
	}
	s, err := progress.Get()
	if err != nil {
		return t, err
	}
	st, err := s.Stats(ctx, now)
	if err != nil {
		return t, err
	}
	cards, err := s.Cards(ctx)
	if err != nil {
		return t, err
	}
	t.StreakDays = st.StreakDays
	day := now.Local().Format(time.DateOnly)
	for _, d := range st.Days {
		if d.Day == day {
			t.Answered = d.Answered
		}
	}
	t.Due, t.Relearning = quiz.DueCount(cards, now), quiz.Relearning(cards)
	for _, c := range cards {
		if code, ok := cat.Lookup(c.Code); ok && code.Core && !c.Relearning && c.Stability >= SolidDays {
			t.CoreSolid++
		}
	}
	return t, nil
}

// MineDrill names the drill made from the learner's own mix-ups.
const MineDrill = "mine"

// ErrNoMixUps is why there is no drill of one's own mix-ups yet.
var ErrNoMixUps = errors.New("no mix-ups recorded yet: a wrong pick in practice, drills or review is one; play a round first")

// maxMinePairs is how many of the learner's mix-ups their drill takes.
const maxMinePairs = 3

// MyMixUps is a drill of the pairs of codes the learner confuses most, from
// the progress database: only registered codes, each pair once either way
// round, the most often confused first.
func MyMixUps(ctx context.Context, progress *store.Lazy, cat *content.Catalogue, count int) (Spec, error) {
	if progress == nil {
		return Spec{}, ErrNoProgress
	}
	s, err := progress.Get()
	if err != nil {
		return Spec{}, err
	}
	st, err := s.Stats(ctx, time.Now())
	if err != nil {
		return Spec{}, err
	}
	var pairs [][2]int
	for _, c := range st.Confusions {
		p := [2]int{min(c.Asked, c.Chosen), max(c.Asked, c.Chosen)}
		if len(pairs) == maxMinePairs || !cat.Has(c.Asked) || !cat.Has(c.Chosen) || slices.Contains(pairs, p) {
			continue
		}
		pairs = append(pairs, p)
	}
	if len(pairs) == 0 {
		return Spec{}, ErrNoMixUps
	}
	spec := MixUps(cat, pairs, count)
	spec.Title, spec.Mode = "Drill: "+MineDrill, "drill:"+MineDrill
	return spec, nil
}
