package quiz

import (
	"cmp"
	"slices"
	"time"

	"github.com/httpquiz/httpquiz/content"
)

// How answers become review ratings, all in one place:
//
//   - a wrong answer is Again;
//   - a right answer that took longer than SlowAnswer is Hard;
//   - a right answer on the first ask, in under FastAnswer, is Easy;
//   - any other right answer (an also-accepted one included) is Good.
//
// Class questions do not count for review: placing a situation in its class
// says little about knowing the exact code. Nor do answers about the codes
// seen in the wild: review schedules the registry.
const (
	FastAnswer = 10 * time.Second
	SlowAnswer = 30 * time.Second
)

// RatingFor turns a graded answer into a review rating; ok is false when the
// answer does not count for review.
func RatingFor(r Result) (rating Rating, ok bool) {
	if r.Question.Kind == PickClass || !r.Answer.Registered() {
		return 0, false
	}
	switch {
	case !r.Verdict.Correct():
		return Again, true
	case r.Elapsed > SlowAnswer:
		return Hard, true
	case r.Verdict == Right && r.Question.Retry == 0 && r.Elapsed < FastAnswer:
		return Easy, true
	}
	return Good, true
}

// Card is the review state of one status code.
type Card struct {
	Code int
	Memory
	Due        time.Time
	LastReview time.Time
	Reps       int
	Lapses     int
	// Relearning is set by a miss until the code is answered right again,
	// on the relearning step in front of FSRS's schedule (see Apply).
	Relearning bool
}

// RelearnStep is how soon a missed code is due again: the same day, within
// the next round or two, not tomorrow.
const RelearnStep = time.Minute

// Apply records a review of the card at now. The schedule is FSRS-6's,
// with one step in front of it for the codes just missed:
//
//   - a miss is reviewed by FSRS as always (its memory, its lapse), but the
//     card is due again after RelearnStep, and is relearning;
//   - while it is relearning, an answer is a step, not a review: FSRS's
//     memory stays as the miss left it, a miss keeps it on the step, and a
//     right answer once the step is over sends it on to the interval FSRS
//     gives that memory, counted from now (a right answer sooner, as when a
//     round asks a missed code again, leaves it due after the step).
//
// So FSRS sees what it would without the step: the miss, then the next
// review after its interval, with the days elapsed since the miss.
func (c Card) Apply(r Rating, now time.Time) Card {
	if c.Relearning {
		switch {
		case r == Again:
			c.Due = now.Add(RelearnStep)
		case now.Before(c.Due):
			// Right before the step is over (the round asked it again at
			// once): it still comes back, after the step.
		default:
			c.Due, c.Relearning = now.Add(time.Duration(intervalDays(c.Stability))*24*time.Hour), false
		}
		return c
	}
	elapsed := 0
	if c.Reviewed() {
		elapsed = DaysBetween(c.LastReview, now)
	}
	var days int
	c.Memory, days = Review(c.Memory, r, elapsed)
	c.Due = now.Add(time.Duration(days) * 24 * time.Hour)
	c.LastReview = now
	c.Reps++
	if r == Again {
		if c.Reps > 1 {
			c.Lapses++
		}
		c.Due, c.Relearning = now.Add(RelearnStep), true
	}
	return c
}

// Relearning counts the cards on the relearning step.
func Relearning(cards []Card) int {
	n := 0
	for _, c := range cards {
		if c.Relearning {
			n++
		}
	}
	return n
}

// RetrievabilityAt is the probability of recalling the code at now.
func (c Card) RetrievabilityAt(now time.Time) float64 {
	return Retrievability(c.Stability, now.Sub(c.LastReview).Hours()/24)
}

// IsDue reports whether the card is due at now.
func (c Card) IsDue(now time.Time) bool { return !c.Due.After(now) }

// ReviewOrder sorts cards for a review round: those due first, the longest
// overdue first; then the rest, the least likely to be recalled first.
func ReviewOrder(cards []Card, now time.Time) []Card {
	out := slices.Clone(cards)
	slices.SortStableFunc(out, func(a, b Card) int {
		ad, bd := a.IsDue(now), b.IsDue(now)
		switch {
		case ad && !bd:
			return -1
		case bd && !ad:
			return 1
		case ad && bd:
			return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Code, b.Code))
		}
		return cmp.Or(cmp.Compare(a.RetrievabilityAt(now), b.RetrievabilityAt(now)), cmp.Compare(a.Code, b.Code))
	})
	return out
}

// DueCount counts the cards due at now.
func DueCount(cards []Card, now time.Time) int {
	n := 0
	for _, c := range cards {
		if c.IsDue(now) {
			n++
		}
	}
	return n
}

// NextDue is the earliest due time among cards not yet due, if any.
func NextDue(cards []Card, now time.Time) (time.Time, bool) {
	var next time.Time
	for _, c := range cards {
		if !c.IsDue(now) && (next.IsZero() || c.Due.Before(next)) {
			next = c.Due
		}
	}
	return next, !next.IsZero()
}

// ReviewPlan is what a review round will ask, and why.
type ReviewPlan struct {
	// Codes to ask, in order: the due ones first, then codes never met (only
	// when asked for), then the least likely to be recalled.
	Codes []int
	// Due is how many codes are due now; Met how many have a review history.
	Due, Met int
	// New is how many never-met codes the round includes.
	New int
	// NextDue is when the next code falls due, when none is due now.
	NextDue time.Time
	// InLab are the codes of Codes last missed in one of the lab's
	// questions, when a lab is running: they come back as lab questions.
	InLab []int
}

// PlanReview chooses up to count codes for a review round from the cards met
// so far and, with includeNew, the codes never met (in the order given).
func PlanReview(cards []Card, unseen []int, now time.Time, count int, includeNew bool) ReviewPlan {
	p := ReviewPlan{Due: DueCount(cards, now), Met: len(cards)}
	if p.Due == 0 {
		p.NextDue, _ = NextDue(cards, now)
	}
	ordered := ReviewOrder(cards, now)
	for _, c := range ordered[:min(p.Due, count)] {
		p.Codes = append(p.Codes, c.Code)
	}
	if includeNew {
		for _, code := range unseen {
			if len(p.Codes) == count {
				break
			}
			p.Codes = append(p.Codes, code)
			p.New++
		}
	}
	for _, c := range ordered[min(p.Due, len(ordered)):] {
		if len(p.Codes) == count {
			break
		}
		p.Codes = append(p.Codes, c.Code)
	}
	return p
}

// UnseenCodes lists the codes never reviewed, core codes first, leaving out
// the reserved and retired ones.
func UnseenCodes(cat *content.Catalogue, cards []Card) []int {
	seen := map[int]bool{}
	for _, c := range cards {
		seen[c.Code] = true
	}
	var core, rest []int
	for _, e := range cat.Codes() {
		switch {
		case seen[e.Code] || e.Status != content.Current:
		case e.Core:
			core = append(core, e.Code)
		default:
			rest = append(rest, e.Code)
		}
	}
	return slices.Concat(core, rest)
}
