package quiz

import (
	"testing"
	"time"
)

// TestTally pins the one scorer every face uses: streak bonuses, halved
// retries, timed points, and a miss that ends the streak.
func TestTally(t *testing.T) {
	right := Result{Verdict: Right, Elapsed: 5 * time.Second}
	wrong := Result{Verdict: Wrong, Elapsed: 5 * time.Second}
	retry := Result{Verdict: AlsoAccepted, Question: Question{Retry: 1}}
	timed := &Timing{Allowed: 20 * time.Second}
	for _, tc := range []struct {
		name    string
		timing  *Timing
		answers []Result
		points  []int
		streaks []int
	}{
		{"streak bonus", nil, []Result{right, right, right, right, right, right, right},
			[]int{100, 110, 120, 130, 140, 150, 150}, []int{1, 2, 3, 4, 5, 6, 7}},
		{"a miss ends the streak", nil, []Result{right, right, wrong, right},
			[]int{100, 110, 0, 100}, []int{1, 2, 0, 1}},
		{"a retry scores half", nil, []Result{wrong, retry}, []int{0, 50}, []int{0, 1}},
		{"timed", timed, []Result{right, right, wrong, right, right, right, right, right},
			[]int{875, 975, 0, 875, 975, 1075, 1175, 1175}, []int{1, 2, 0, 1, 2, 3, 4, 5}},
		{"no timer", &Timing{Allowed: 20 * time.Second, NoSpeed: true}, []Result{right, right},
			[]int{1000, 1100}, []int{1, 2}},
	} {
		var tally Tally
		total, best := 0, 0
		for i, a := range tc.answers {
			r := tally.Add(a, tc.timing)
			total += tc.points[i]
			best = max(best, tc.streaks[i])
			if r.Points != tc.points[i] || r.Streak != tc.streaks[i] {
				t.Errorf("%s, answer %d: %d points, streak %d; want %d, %d", tc.name, i+1, r.Points, r.Streak,
					tc.points[i], tc.streaks[i])
			}
		}
		if tally.Score != total || tally.BestStreak != best {
			t.Errorf("%s: score %d, best %d; want %d, %d", tc.name, tally.Score, tally.BestStreak, total, best)
		}
	}
}
