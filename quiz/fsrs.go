package quiz

import (
	"math"
	"time"
)

// FSRS-6 (Free Spaced Repetition Scheduler, version 6) in long-term mode with
// the default weights: the memory model behind review. Each status code is one
// card with a stability S (days until recall probability falls to 90%) and a
// difficulty D (1 to 10). The functions are pure; testdata/fsrs-vectors.json
// holds the reference results they must reproduce.

// Rating is how well a code was recalled.
type Rating int

// The four ratings.
const (
	Again Rating = iota + 1
	Hard
	Good
	Easy
)

func (r Rating) String() string {
	switch r {
	case Again:
		return "again"
	case Hard:
		return "hard"
	case Good:
		return "good"
	case Easy:
		return "easy"
	}
	return "unknown"
}

// Weights are FSRS-6's 21 default parameters.
var Weights = [21]float64{
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
	1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
}

// Scheduler settings: the recall probability aimed for and the longest interval.
const (
	DesiredRetention = 0.9
	MaxIntervalDays  = 36500
	minStability     = 0.001
)

var (
	decay  = -Weights[20]
	factor = math.Pow(0.9, 1/decay) - 1
)

// Memory is a card's state: zero until its first review.
type Memory struct {
	Stability  float64
	Difficulty float64
}

// Reviewed reports whether the card has been reviewed at all.
func (m Memory) Reviewed() bool { return m.Stability > 0 }

// Retrievability is the probability of recall after days since the last review.
func Retrievability(stability, days float64) float64 {
	if stability <= 0 {
		return 0
	}
	return math.Pow(1+factor*max(days, 0)/stability, decay)
}

// NextMemory is the card's state after a review with rating r, elapsedDays
// (whole days) after the previous one.
func NextMemory(m Memory, r Rating, elapsedDays int) Memory {
	if !m.Reviewed() {
		return Memory{Stability: initStability(r), Difficulty: clampD(initDifficulty(r))}
	}
	R := Retrievability(m.Stability, float64(elapsedDays))
	var s float64
	if r == Again {
		s = min(m.Stability, forgetStability(m, R))
	} else {
		s = recallStability(m, R, r)
	}
	return Memory{Stability: clampS(s), Difficulty: nextDifficulty(m.Difficulty, r)}
}

func initStability(r Rating) float64 { return round8(max(Weights[r-1], 0.1)) }

func initDifficulty(r Rating) float64 {
	return round8(Weights[4] - math.Exp(Weights[5]*float64(r-1)) + 1)
}

func nextDifficulty(d float64, r Rating) float64 {
	delta := -Weights[6] * float64(r-3)
	damped := d + round8(delta*(10-d)/9)
	reverted := Weights[7]*initDifficulty(Easy) + (1-Weights[7])*damped
	return clampD(round8(reverted))
}

func recallStability(m Memory, R float64, r Rating) float64 {
	hard, easy := 1.0, 1.0
	switch r {
	case Hard:
		hard = Weights[15]
	case Easy:
		easy = Weights[16]
	}
	grow := math.Exp(Weights[8]) * (11 - m.Difficulty) * math.Pow(m.Stability, -Weights[9]) *
		(math.Exp(Weights[10]*(1-R)) - 1) * hard * easy
	return round8(m.Stability * (1 + grow))
}

func forgetStability(m Memory, R float64) float64 {
	return round8(Weights[11] * math.Pow(m.Difficulty, -Weights[12]) *
		(math.Pow(m.Stability+1, Weights[13]) - 1) * math.Exp(Weights[14]*(1-R)))
}

func clampD(d float64) float64 { return min(max(d, 1), 10) }
func clampS(s float64) float64 { return min(max(s, minStability), MaxIntervalDays) }
func round8(x float64) float64 { return math.Round(x*1e8) / 1e8 }

// intervalDays is the whole number of days until recall falls to the desired
// retention: with 0.9 it is the stability itself, rounded half up.
func intervalDays(stability float64) int {
	days := stability / factor * (math.Pow(DesiredRetention, 1/decay) - 1)
	return min(max(int(math.Floor(days+0.5)), 1), MaxIntervalDays)
}

// Review schedules a card: its memory after the review and the number of days
// until it is due again. The four ratings' intervals are kept in order (again
// <= hard < good < easy), as the reference scheduler does, and the interval of
// the rating given is returned.
func Review(m Memory, r Rating, elapsedDays int) (Memory, int) {
	var iv [5]int
	var next Memory
	for _, g := range []Rating{Again, Hard, Good, Easy} {
		nm := NextMemory(m, g, elapsedDays)
		iv[g] = intervalDays(nm.Stability)
		if g == r {
			next = nm
		}
	}
	iv[Again] = min(iv[Again], iv[Hard])
	iv[Hard] = max(iv[Hard], iv[Again]+1)
	iv[Good] = max(iv[Good], iv[Hard]+1)
	iv[Easy] = max(iv[Easy], iv[Good]+1)
	return next, iv[r]
}

// DaysBetween counts calendar days in UTC from one time to a later one, as the
// scheduler counts elapsed days.
func DaysBetween(from, to time.Time) int {
	a := time.Date(from.UTC().Year(), from.UTC().Month(), from.UTC().Day(), 0, 0, 0, 0, time.UTC)
	b := time.Date(to.UTC().Year(), to.UTC().Month(), to.UTC().Day(), 0, 0, 0, 0, time.UTC)
	return max(int(b.Sub(a).Hours()/24+0.5), 0)
}
