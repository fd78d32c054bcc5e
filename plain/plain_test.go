package plain

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// stepClock advances by step on every reading.
func stepClock(step time.Duration) round.Clock {
	now := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		now = now.Add(step)
		return now
	}
}

func start(t *testing.T, spec round.Spec, clock round.Clock) *round.Play {
	t.Helper()
	c, err := round.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p, err := round.Start(spec, c, clock, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, spec round.Spec, input string, clock round.Clock) (quiz.Summary, string) {
	t.Helper()
	var out strings.Builder
	sum, err := Run(context.Background(), Options{Play: start(t, spec, clock), In: strings.NewReader(input), Out: &out, Echo: true})
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
		t.Error("typed answers take any three digits (the round refuses unregistered ones)")
	}
	if _, ok := parse(typed, "42"); ok {
		t.Error("typed answers need three digits")
	}
}

func TestQuitAndEndOfInput(t *testing.T) {
	spec := round.Practice(5, "", true).WithSeed(2)
	sum, out := run(t, spec, "200\nq\n", stepClock(time.Second))
	if sum.Answered != 1 || !strings.HasSuffix(out, "score: "+strconv.Itoa(sum.Right)+"/1\n") {
		t.Fatalf("quit after one answer:\n%s", out)
	}
	sum, out = run(t, spec, "", stepClock(time.Second))
	if sum.Answered != 0 || !strings.HasSuffix(out, "score: 0/0\n") {
		t.Fatalf("no input at all:\n%s", out)
	}
}

func TestTooLate(t *testing.T) {
	spec := round.Timed(1, round.Limits{PerQuestion: 5 * time.Second}, "").WithSeed(2)
	sum, out := run(t, spec, "1\n", stepClock(6*time.Second)) // each clock reading is 6 s later
	if !strings.Contains(out, "⏱ Too late.") || sum.Right != 0 || !strings.Contains(out, "score: 0/1") {
		t.Fatalf("an answer after the limit:\n%s", out)
	}
}

// TestLateAfterTheRoundsTime: in a round with one overall limit, an answer
// typed long after the round's time ran out is refused as late, counts as
// missed, and ends the round.
func TestLateAfterTheRoundsTime(t *testing.T) {
	spec := round.Timed(3, round.Limits{Total: 5 * time.Second}, "").WithSeed(2)
	sum, out := run(t, spec, "1\n1\n1\n", stepClock(600*time.Second))
	if sum.Answered != 1 || sum.Right != 0 || !strings.Contains(out, "⏱ Too late.") ||
		!strings.Contains(out, "The round's time has run out.") || !strings.Contains(out, "Time's up.") {
		t.Fatalf("an answer at 600 s in a 5 s round:\n%s", out)
	}
}

// TestTypedRefusesUnregisteredCodes: a number that is not a registered code
// is refused, costs nothing, and the question is asked again.
func TestTypedRefusesUnregisteredCodes(t *testing.T) {
	spec := round.Practice(1, "", true).WithSeed(5)
	p := start(t, spec, stepClock(time.Second))
	code := strconv.Itoa(p.Current().Code.Code)
	var out strings.Builder
	sum, err := Run(context.Background(), Options{Play: p, In: strings.NewReader("499\n" + code + "\n"), Out: &out, Echo: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "499 is not a registered status code: try again.") || sum.Answered != 1 || sum.Right != 1 {
		t.Fatalf("499 should be refused and the question asked again:\n%s", out.String())
	}
}
