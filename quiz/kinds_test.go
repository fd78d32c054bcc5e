package quiz

import (
	"strconv"
	"strings"
	"testing"

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
