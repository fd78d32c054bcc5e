package quiz

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/content"
)

func replayOne(t *testing.T, id string) Question {
	t.Helper()
	s := newSession(t, Config{Count: 1, Seed: 3, Kinds: PracticeKinds, Replay: []string{id}})
	q := s.Current()
	if q.ID() != id {
		t.Fatalf("replaying %q asked %q", id, q.ID())
	}
	return q
}

func TestNameQuestion(t *testing.T) {
	b := bank(t)
	q := replayOne(t, "name-409")
	if q.Prompt() != `Which code is "Conflict"?` {
		t.Errorf("prompt %q", q.Prompt())
	}
	for _, o := range q.Options {
		if o.Label != strconv.Itoa(o.Value) {
			t.Errorf("option %+v says more than its number", o)
		}
	}
	if r := Grade(b.Catalogue, q, 409); r.Verdict != Right {
		t.Errorf("409: %v", r.Verdict)
	}
	if r := Grade(b.Catalogue, q, 422); r.Verdict != Wrong || r.WhyNot == "" || !r.ChosenKnown {
		t.Errorf("422 for Conflict: %+v", r)
	}
}

func TestHeaderQuestions(t *testing.T) {
	b := bank(t)
	q := replayOne(t, "header-allow")
	if q.Code.Code != 405 || !strings.Contains(q.Prompt(), "Allow: GET, HEAD") {
		t.Fatalf("header-allow: %d %q", q.Code.Code, q.Prompt())
	}
	if r := Grade(b.Catalogue, q, 405); r.Verdict != Right || r.Explanation != q.Fact.Why {
		t.Errorf("405: %+v", r)
	}
	if r := Grade(b.Catalogue, q, 403); r.Verdict != Wrong || r.WhyNot == "" {
		t.Errorf("403 for Allow: %+v", r)
	}

	q = replayOne(t, "carries-www-authenticate")
	var right, wrong int
	for _, o := range q.Options {
		if _, ok := b.Catalogue.Lookup(o.Value); ok {
			t.Errorf("header option %+v reads as a status code", o)
		}
		if o.Label == "WWW-Authenticate" {
			right = o.Value
		} else {
			wrong = o.Value
		}
	}
	if r := Grade(b.Catalogue, q, right); r.Verdict != Right {
		t.Errorf("WWW-Authenticate: %v", r.Verdict)
	}
	r := Grade(b.Catalogue, q, wrong)
	if r.Verdict != Wrong || r.ChosenKnown {
		t.Errorf("a wrong header: %+v", r)
	}
	if q.Kind.ChoosesCode() {
		t.Error("a header is not a code: its misses are no mix-up")
	}
}

func TestClassQuestionPlacesASituation(t *testing.T) {
	b := bank(t)
	q := replayOne(t, "class-auth-no-token")
	if !strings.HasPrefix(q.Prompt(), content.Safe(q.Scenario.Prompt)) || strings.Contains(q.Prompt(), q.Code.Name) {
		t.Errorf("prompt %q", q.Prompt())
	}
	if r := Grade(b.Catalogue, q, 400); r.Verdict != Right || !strings.Contains(r.Explanation, q.Scenario.Explanation) {
		t.Errorf("4xx: %+v", r)
	}
	if r := Grade(b.Catalogue, q, 500); r.Verdict != Wrong || r.ChosenKnown {
		t.Errorf("5xx: %+v", r)
	}
}

// TestPracticeMixesEveryKind: over many rounds every kind comes up; a class
// question's scenario is not asked again in its round; no class question
// names the code it is about.
func TestPracticeMixesEveryKind(t *testing.T) {
	b := bank(t)
	seen := map[Kind]int{}
	for seed := uint64(0); seed < 300; seed++ {
		s, err := New(b.Catalogue, b.Deck, practice(seed))
		if err != nil {
			t.Fatal(err)
		}
		scenarios := map[string]int{}
		for _, q := range s.queue {
			seen[q.Kind]++
			if q.Scenario != nil {
				scenarios[q.Scenario.ID]++
			}
			if q.Kind == PickClass && (q.Scenario == nil || strings.Contains(q.Prompt(), q.Code.Name)) {
				t.Errorf("seed %d: class question %q", seed, q.Prompt())
			}
		}
		for id, n := range scenarios {
			if n > 1 {
				t.Errorf("seed %d: scenario %s asked %d times", seed, id, n)
			}
		}
	}
	for _, k := range PracticeKinds {
		if seen[k] == 0 {
			t.Errorf("no %v question in 300 rounds (%v)", k, seen)
		}
	}
	t.Logf("kinds over 300 rounds: %v", seen)
}

// TestRoundFollowsTheLearner: a learner who answers everything right meets
// harder scenarios sooner than the plan would bring them, and the round
// still asks exactly what it planned; one who misses everything is held on
// the easiest.
func TestRoundFollowsTheLearner(t *testing.T) {
	b := bank(t)
	early := func(s *Session, right bool) (sum, n int) {
		for !s.Done() && n < 5 {
			q := s.Current()
			if q.Scenario != nil && q.Retry == 0 {
				sum += difficulty(*q.Scenario)
				n++
			}
			s.Answer(pickFor(q, right), 3*time.Second)
			s.Next()
		}
		return sum, n
	}
	var planned, strong, weak, count int
	for seed := uint64(0); seed < 300; seed++ {
		cfg := practice(seed)
		fixed, _ := New(b.Catalogue, b.Deck, cfg)
		n := 0
		for _, q := range fixed.queue {
			if q.Scenario != nil && n < 5 {
				planned += difficulty(*q.Scenario)
				n++
			}
		}
		cfg.Follow = true
		s, _ := New(b.Catalogue, b.Deck, cfg)
		before := map[string]bool{}
		for _, q := range s.queue {
			before[q.ID()] = true
		}
		sum, m := early(s, true)
		strong += sum
		count += m
		for !s.Done() {
			s.Answer(pickFor(s.Current(), true), time.Second)
			s.Next()
		}
		for _, r := range s.Results() {
			if !before[r.Question.ID()] {
				t.Fatalf("seed %d: %s was not planned", seed, r.Question.ID())
			}
		}
		if len(s.Results()) != len(before) {
			t.Fatalf("seed %d: %d answers for %d planned questions", seed, len(s.Results()), len(before))
		}
		w, _ := New(b.Catalogue, b.Deck, cfg)
		sum, _ = early(w, false)
		weak += sum
	}
	t.Logf("mean difficulty of the first five scenarios: planned %.2f, all right %.2f, all wrong %.2f",
		float64(planned)/float64(count), float64(strong)/float64(count), float64(weak)/float64(count))
	if strong <= planned || weak > planned {
		t.Errorf("following: planned %d, strong learner %d, weak learner %d", planned, strong, weak)
	}
}

// pickFor is an option right, or wrong, for q.
func pickFor(q Question, right bool) int {
	for _, o := range q.Options {
		if fits, _ := q.Fits(o.Value); fits == right {
			return o.Value
		}
	}
	return 0
}
