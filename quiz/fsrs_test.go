package quiz

import (
	"encoding/json"
	"math"
	"os"
	"testing"
	"time"
)

type fsrsVectors struct {
	Weights []float64 `json:"weights"`
	Vectors []struct {
		ID      string `json:"id"`
		Reviews []struct {
			Rating      string   `json:"rating"`
			ElapsedDays int      `json:"elapsed_days"`
			RBefore     *float64 `json:"retrievability_before"`
			Stability   float64  `json:"stability"`
			Difficulty  float64  `json:"difficulty"`
			Interval    int      `json:"interval_days"`
		} `json:"reviews"`
	} `json:"vectors"`
}

var ratings = map[string]Rating{"again": Again, "hard": Hard, "good": Good, "easy": Easy}

// TestFSRSVectors reproduces every reference vector within 1e-4.
func TestFSRSVectors(t *testing.T) {
	data, err := os.ReadFile("testdata/fsrs-vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v fsrsVectors
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	for i, w := range v.Weights {
		if w != Weights[i] {
			t.Fatalf("weight %d is %v, the reference %v", i, Weights[i], w)
		}
	}
	if len(v.Vectors) < 10 {
		t.Fatalf("only %d vectors", len(v.Vectors))
	}
	for _, vec := range v.Vectors {
		var m Memory
		for i, r := range vec.Reviews {
			if r.RBefore != nil {
				if got := Retrievability(m.Stability, float64(r.ElapsedDays)); math.Abs(got-*r.RBefore) > 1e-4 {
					t.Errorf("%s #%d: retrievability %v, want %v", vec.ID, i, got, *r.RBefore)
				}
			}
			var days int
			m, days = Review(m, ratings[r.Rating], r.ElapsedDays)
			if math.Abs(m.Stability-r.Stability) > 1e-4 || math.Abs(m.Difficulty-r.Difficulty) > 1e-4 || days != r.Interval {
				t.Errorf("%s #%d (%s after %dd): got S=%.6f D=%.6f I=%d, want S=%.6f D=%.6f I=%d",
					vec.ID, i, r.Rating, r.ElapsedDays, m.Stability, m.Difficulty, days, r.Stability, r.Difficulty, r.Interval)
			}
		}
	}
}

func TestDaysBetween(t *testing.T) {
	base := time.Date(2026, 5, 1, 23, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		to   time.Time
		want int
	}{
		{base.Add(time.Hour), 1}, {base.Add(10 * time.Minute), 0}, {base.Add(-time.Hour), 0},
		{base.Add(72 * time.Hour), 3},
	} {
		if got := DaysBetween(base, tc.to); got != tc.want {
			t.Errorf("DaysBetween(%v, %v) = %d, want %d", base, tc.to, got, tc.want)
		}
	}
}
