package quiz

import (
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/content"
)

// TestPracticeDistribution plays the plan of many seeded default practice
// rounds (no answers, so no retries) and measures what they ask: the share
// of questions about core codes, and how often one code comes back within a
// round. The README promises core codes more often.
func TestPracticeDistribution(t *testing.T) {
	b, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	const rounds = 500
	core, total, worst, over, hardFirst := 0, 0, 0, 0, 0
	for seed := uint64(1); seed <= rounds; seed++ {
		s, err := New(b.Catalogue, b.Deck, Config{Count: DefaultCount, Seed: seed, Kinds: PracticeKinds})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[int]int{}
		if qs := s.Questions(); qs[0].Scenario != nil && qs[0].Scenario.Difficulty == 3 {
			hardFirst++
		}
		for _, q := range s.Questions() {
			total++
			if q.Code.Core {
				core++
			}
			seen[q.Code.Code]++
		}
		most := 0
		for _, n := range seen {
			most = max(most, n)
		}
		worst = max(worst, most)
		if most > 2 {
			over++
		}
	}
	share := float64(core) / float64(total)
	t.Logf("%d rounds of %d: %.1f%% of questions about core codes; a code at most %d times in one round; %d rounds with a code more than twice; %d opening on a difficulty-3 scenario",
		rounds, DefaultCount, 100*share, worst, over, hardFirst)
	if hardFirst > 0 {
		t.Errorf("%d rounds open on a difficulty-3 scenario", hardFirst)
	}
	if share < 0.60 {
		t.Errorf("core codes are %.1f%% of questions, want at least 60%%", 100*share)
	}
	if over > 0 {
		t.Errorf("%d of %d rounds ask one code more than twice", over, rounds)
	}
}

// TestNoCodeRightAfterItsAnswer: over many seeded rounds, answered wrong
// throughout (so the retries come too), no question is about the code whose
// answer the one before it showed, where the round has another to ask.
func TestNoCodeRightAfterItsAnswer(t *testing.T) {
	b, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 300; seed++ {
		s, err := New(b.Catalogue, b.Deck, Config{Count: DefaultCount, Seed: seed, Kinds: PracticeKinds})
		if err != nil {
			t.Fatal(err)
		}
		for !s.Done() {
			s.Answer(1, time.Second) // no option is worth 1: always wrong
			shown := s.Current().Code.Code
			s.Next()
			if s.Done() || s.Current().Code.Code != shown {
				continue
			}
			for _, later := range s.queue[s.pos:] {
				if later.Code.Code != shown {
					t.Fatalf("seed %d: question %d is about %d again, right after its answer", seed, s.pos+1, shown)
				}
			}
		}
	}
}
