package quiz

import (
	"math"
	"time"
)

// Scoring, all in one place:
//
//   - A right answer, or an also-accepted one, scores BasePoints.
//   - It adds StreakBonus for every right answer in a row before it, up to
//     MaxStreakBonus: the fifth right answer in a row scores 100 + 4*10.
//   - A right answer to a question asked again after a miss scores half.
//   - A wrong answer scores nothing and ends the streak.
//   - Accuracy is right answers over answers given, retries included.
const (
	BasePoints     = 100
	StreakBonus    = 10
	MaxStreakBonus = 50
)

// Timed rounds (the timed mode and the classroom) score speed as well:
//
//   - a right answer scores round(TimedPoints × (1 − t/T/2)), where t is the
//     answer time, capped at T, and T the time allowed for the question (for a
//     round with one overall limit, a fixed par time): an instant answer is
//     worth 1000, one at the buzzer 500;
//   - plus TimedStreakBonus for every right answer in a row before it, up to
//     MaxTimedStreakBonus;
//   - without the timer (for learners who need it) a right answer scores a flat
//     TimedPoints, plus the same streak bonus;
//   - a wrong answer, or none before the time runs out, scores nothing and ends
//     the streak. Missed codes do not come back: everyone gets the same questions.
const (
	TimedPoints         = 1000
	TimedStreakBonus    = 100
	MaxTimedStreakBonus = 300
)

// Timing configures a timed round's scoring.
type Timing struct {
	// Allowed is the time a question may take: the per-question limit, or the
	// par time for speed scoring when the round has one overall limit.
	Allowed time.Duration
	// NoSpeed scores right answers the same however long they took, for
	// players who need the time.
	NoSpeed bool
}

// TimedScore is what a right answer in a timed round scores.
func TimedScore(elapsed, allowed time.Duration, streak int, speed bool) int {
	p := float64(TimedPoints)
	if speed && allowed > 0 {
		t := min(max(elapsed, 0), allowed)
		p = math.Round(TimedPoints * (1 - float64(t)/float64(allowed)/2))
	}
	return int(p) + min(TimedStreakBonus*(streak-1), MaxTimedStreakBonus)
}

// points is what a right answer scores in an untimed round, given the streak
// it extends (this answer included) and whether it is a retry.
func points(streak int, retry bool) int {
	p := BasePoints + min(StreakBonus*(streak-1), MaxStreakBonus)
	if retry {
		p /= 2
	}
	return p
}

// Tally is one player's running score. Every face keeps score through it: a
// learner's session, and each player of a classroom.
type Tally struct {
	Score, Streak, BestStreak int
}

// Add scores a graded answer under timing (nil for an untimed round), counts
// it, and returns it with its Points and Streak set.
func (t *Tally) Add(r Result, timing *Timing) Result {
	r.Points = 0
	if r.Verdict.Correct() {
		t.Streak++
		t.BestStreak = max(t.BestStreak, t.Streak)
		if timing != nil {
			r.Points = TimedScore(r.Elapsed, timing.Allowed, t.Streak, !timing.NoSpeed)
		} else {
			r.Points = points(t.Streak, r.Question.Retry > 0)
		}
		t.Score += r.Points
	} else {
		t.Streak = 0
	}
	r.Streak = t.Streak
	return r
}
