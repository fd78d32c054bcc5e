package quiz

import (
	"testing"

	"github.com/httpquiz/httpquiz/content"
)

// TestWildOnlyWhenAskedFor: the scenarios about codes seen in the wild are
// never in a default practice, a timed round or a drill of registered codes;
// the wild topic and its drill ask nothing else, and grade wild answers.
func TestWildOnlyWhenAskedFor(t *testing.T) {
	b := bank(t)
	for seed := uint64(0); seed < 100; seed++ {
		for _, cfg := range []Config{practice(seed), {Count: 20, Seed: seed, Kinds: []Kind{PickCode}, Timed: &Timing{}}} {
			s := newSession(t, cfg)
			for _, q := range s.queue {
				if q.Scenario != nil && q.Scenario.Topic == content.WildTopic || !q.Code.Registered() {
					t.Fatalf("seed %d: %s asked without being asked for", seed, q.ID())
				}
				for _, o := range q.Options {
					if e, ok := b.Catalogue.LookupWild(o.Value); ok && q.Kind.ChoosesCode() {
						t.Fatalf("seed %d: %s offers %d", seed, q.ID(), e.Code)
					}
				}
			}
		}
	}
	s := newSession(t, Config{Count: 10, Seed: 1, Kinds: []Kind{PickCode}, Topic: content.WildTopic})
	for !s.Done() {
		q := s.Current()
		if q.Scenario.Topic != content.WildTopic {
			t.Fatalf("the wild topic asked %s", q.ID())
		}
		if r := s.Answer(q.Code.Code, 0); r.Verdict != Right {
			t.Fatalf("%s: %d graded %v", q.ID(), q.Code.Code, r.Verdict)
		}
		if _, ok := RatingFor(s.Results()[len(s.Results())-1]); ok && !q.Code.Registered() {
			t.Fatalf("%s: a wild code went to review", q.ID())
		}
		s.Next()
	}
}
