package round

import (
	"context"
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
	Met             int // codes with a review card
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
	t.StreakDays, t.Met = st.StreakDays, len(cards)
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
