package quiz

import "time"

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

// points is what a right answer scores, given the streak it extends (this
// answer included) and whether it is a retry.
func points(streak int, retry bool) int {
	p := BasePoints + min(StreakBonus*(streak-1), MaxStreakBonus)
	if retry {
		p /= 2
	}
	return p
}

// Clock tells the time; sessions take one so that tests can control it.
type Clock func() time.Time
