package quiz

import (
	"testing"
	"time"
)

func TestTimedScore(t *testing.T) {
	T := 20 * time.Second
	for _, tc := range []struct {
		elapsed time.Duration
		streak  int
		speed   bool
		want    int
	}{
		{0, 1, true, 1000},
		{10 * time.Second, 1, true, 750},
		{20 * time.Second, 1, true, 500},
		{60 * time.Second, 1, true, 500}, // capped at T
		{5 * time.Second, 2, true, 875 + 100},
		{5 * time.Second, 9, true, 875 + 300}, // bonus capped
		{19 * time.Second, 1, false, 1000},    // no timer: no speed
		{19 * time.Second, 3, false, 1200},
	} {
		if got := TimedScore(tc.elapsed, T, tc.streak, tc.speed); got != tc.want {
			t.Errorf("TimedScore(%v, streak %d, speed %v) = %d, want %d", tc.elapsed, tc.streak, tc.speed, got, tc.want)
		}
	}
}

func TestTimedRound(t *testing.T) {
	b := bank(t)
	cfg := Config{Count: 4, Seed: 3, Kinds: []Kind{PickCode}, Timed: &Timing{Allowed: 15 * time.Second}}
	s, err := New(b.Catalogue, b.Deck, cfg)
	if err != nil {
		t.Fatal(err)
	}
	r := s.Answer(s.Current().Code.Code, 3*time.Second)
	if r.Points != 900 { // 3 s of 15: 1000 × (1 − 0.1)
		t.Errorf("a right answer in 3 s scored %d", r.Points)
	}
	s.Next()
	r = s.Answer(0, 3*time.Second)
	if s.Len() != 4 || r.Points != 0 {
		t.Errorf("a miss in a timed round must not add a retry: %d questions", s.Len())
	}
	s.Next()
	r = s.TimeOut(15 * time.Second)
	if !r.TimedOut || r.Verdict != Wrong || r.Chosen != 0 || s.Streak() != 0 {
		t.Errorf("timeout %+v", r)
	}
	s.Next()
	s.Stop()
	if !s.Done() || len(s.Results()) != 3 || s.Summary().Answered != 3 {
		t.Errorf("stop: done %v, %d results", s.Done(), len(s.Results()))
	}
}

// TestTimedRoundsAreTheSameForEveryone: with a seed, two players answering
// differently still get the same questions in the same order.
func TestTimedRoundsAreTheSameForEveryone(t *testing.T) {
	b := bank(t)
	cfg := Config{Count: 6, Seed: 77, Kinds: []Kind{PickCode}, Timed: &Timing{Allowed: 15 * time.Second}}
	a, _ := New(b.Catalogue, b.Deck, cfg)
	c, _ := New(b.Catalogue, b.Deck, cfg)
	for !a.Done() {
		if a.Current().ID() != c.Current().ID() || fingerprint(a) != fingerprint(c) {
			t.Fatal("players diverged")
		}
		a.Answer(a.Current().Code.Code, 3*time.Second)
		c.Answer(0, 3*time.Second)
		a.Next()
		c.Next()
	}
}
