package plain

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
)

// stepClock advances by step on every reading.
func stepClock(step time.Duration) quiz.Clock {
	now := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		now = now.Add(step)
		return now
	}
}

func run(t *testing.T, round Round, input string, clock quiz.Clock) (quiz.Summary, string) {
	t.Helper()
	b, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	sum, err := Run(context.Background(), Options{Round: round, Catalogue: b.Catalogue, Deck: b.Deck,
		In: strings.NewReader(input), Out: &out, Clock: clock, Echo: true})
	if err != nil {
		t.Fatal(err)
	}
	return sum, out.String()
}

func TestParse(t *testing.T) {
	q := quiz.Question{Kind: quiz.PickCode, Options: []quiz.Option{{Value: 401}, {Value: 403}, {Value: 404}, {Value: 407}}}
	for in, want := range map[string]int{"1": 401, "4": 407, "403": 403} {
		if got, ok := parse(q, in); !ok || got != want {
			t.Errorf("parse(%q) = %d %v", in, got, ok)
		}
	}
	for _, in := range []string{"0", "5", "500", "abc", ""} {
		if _, ok := parse(q, in); ok {
			t.Errorf("parse(%q) accepted", in)
		}
	}
	typed := quiz.Question{Kind: quiz.TypeCode}
	if got, ok := parse(typed, "999"); !ok || got != 999 {
		t.Error("typed answers take any three digits")
	}
	if _, ok := parse(typed, "42"); ok {
		t.Error("typed answers need three digits")
	}
}

func TestQuitAndEndOfInput(t *testing.T) {
	round := Round{Title: "Practice", Config: quiz.Config{Count: 5, Seed: 2, Kinds: []quiz.Kind{quiz.TypeCode}}}
	sum, out := run(t, round, "200\nq\n", stepClock(time.Second))
	if sum.Answered != 1 || !strings.HasSuffix(out, "score: "+strconv.Itoa(sum.Right)+"/1\n") {
		t.Fatalf("quit after one answer:\n%s", out)
	}
	sum, out = run(t, round, "", stepClock(time.Second))
	if sum.Answered != 0 || !strings.HasSuffix(out, "score: 0/0\n") {
		t.Fatalf("no input at all:\n%s", out)
	}
}

func TestTooLate(t *testing.T) {
	round := Round{Title: "Timed", PerQuestion: 5 * time.Second,
		Config: quiz.Config{Count: 1, Seed: 2, Kinds: []quiz.Kind{quiz.PickCode}, Timed: &quiz.Timing{Allowed: 5 * time.Second}}}
	sum, out := run(t, round, "1\n", stepClock(6*time.Second)) // each clock reading is 6 s later
	if !strings.Contains(out, "Too late") || sum.Right != 0 || !strings.Contains(out, "score: 0/1") {
		t.Fatalf("an answer after the limit:\n%s", out)
	}
}
