package round

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
)

// manualClock is a clock the test moves.
type manualClock struct{ now time.Time }

func newClock() *manualClock                { return &manualClock{now: time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)} }
func (c *manualClock) read() time.Time      { return c.now }
func (c *manualClock) pass(d time.Duration) { c.now = c.now.Add(d) }

func fixedSeed() func() uint64 { return func() uint64 { return 77 } }

// right is the right answer to the current question.
func right(p *Play) int { return p.Current().Code.Code }

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func builtin(t testing.TB) Content {
	t.Helper()
	c, err := Builtin()
	must(t, err)
	return c
}

func start(t *testing.T, s Spec, c *manualClock) *Play {
	t.Helper()
	p, err := Start(s, builtin(t), c.read, fixedSeed())
	must(t, err)
	return p
}

func TestSeedPolicy(t *testing.T) {
	c := newClock()
	if p := start(t, Practice(3, "", false), c); p.Seed() != 77 || p.Spec.RandomSeed {
		t.Errorf("a random seed is drawn once, at the start: seed %d", p.Seed())
	}
	if p := start(t, Practice(3, "", false).WithSeed(5), c); p.Seed() != 5 {
		t.Errorf("a fixed seed is kept: %d", p.Seed())
	}
}

// TestPerQuestionLimit: a question closes when its time runs out, and an
// answer after that is refused as late.
func TestPerQuestionLimit(t *testing.T) {
	c := newClock()
	p := start(t, Timed(3, Limits{PerQuestion: 10 * time.Second}, ""), c)
	p.Open()
	c.pass(4 * time.Second)
	if left, ok := p.QuestionLeft(); !ok || left != 6*time.Second {
		t.Fatalf("left %v %v", left, ok)
	}
	r, err := p.Answer(right(p))
	if err != nil || r.Points != 800 || r.Elapsed != 4*time.Second {
		t.Fatalf("a right answer in 4 s of 10: %+v %v", r, err)
	}
	p.Next()
	p.Open()
	c.pass(9 * time.Second)
	if _, closed := p.Tick(); closed {
		t.Fatal("closed before its time")
	}
	c.pass(2 * time.Second)
	r, closed := p.Tick()
	if !closed || !r.TimedOut || r.Late || r.Elapsed != 10*time.Second {
		t.Fatalf("the question's time ran out: %+v", r)
	}
	p.Next()
	p.Open()
	c.pass(10*time.Minute + time.Second)
	r, err = p.Answer(right(p))
	if err != nil || !r.Late || !r.TimedOut || r.Verdict != quiz.Wrong || r.Points != 0 || r.Chosen != 0 {
		t.Fatalf("an answer after the limit must be refused as late: %+v", r)
	}
	if sum := p.Summary(); sum.Answered != 3 || sum.Right != 1 {
		t.Errorf("summary %+v", sum)
	}
}

// TestRoundClockRunsOnlyWhileOpen: time spent between questions (reading
// feedback) is not charged to the round.
func TestRoundClockRunsOnlyWhileOpen(t *testing.T) {
	c := newClock()
	p := start(t, Timed(5, Limits{Total: 30 * time.Second}, ""), c)
	c.pass(time.Hour) // before the first question opens
	p.Open()
	c.pass(5 * time.Second)
	if _, err := p.Answer(right(p)); err != nil {
		t.Fatal(err)
	}
	c.pass(time.Hour) // reading the feedback
	if left, _ := p.RoundLeft(); left != 25*time.Second {
		t.Fatalf("after 5 s of questions: %v left", left)
	}
	p.Next()
	p.Open()
	c.pass(20 * time.Second)
	if left, _ := p.RoundLeft(); left != 5*time.Second {
		t.Fatalf("%v left", left)
	}
	c.pass(5 * time.Second)
	r, closed := p.Tick()
	if !closed || !r.TimedOut || !p.Expired() || !p.Done() {
		t.Fatalf("the round's time ran out: closed %v, %+v, expired %v", closed, r, p.Expired())
	}
	if sum := p.Summary(); sum.Answered != 2 {
		t.Errorf("the open question counts as missed: %d answered", sum.Answered)
	}
}

// TestLateAfterTheRound: an answer given long after the round's own time ran
// out (plain mode cannot interrupt a read) is refused and ends the round.
func TestLateAfterTheRound(t *testing.T) {
	c := newClock()
	p := start(t, Timed(3, Limits{Total: 5 * time.Second}, ""), c)
	p.Open()
	c.pass(600 * time.Second)
	r, err := p.Answer(right(p))
	if err != nil || !r.Late || r.Points != 0 || !p.Expired() || !p.Done() || r.Elapsed != 5*time.Second {
		t.Fatalf("an answer at 600 s of a 5 s round: %+v %v, expired %v", r, err, p.Expired())
	}
}

func TestNoTimerHasNoClock(t *testing.T) {
	c := newClock()
	p := start(t, Timed(2, Limits{Total: 5 * time.Second, NoTimer: true}, ""), c)
	p.Open()
	c.pass(time.Hour)
	if _, closed := p.Tick(); closed {
		t.Fatal("no clock without the timer")
	}
	if _, ok := p.RoundLeft(); ok {
		t.Fatal("no countdown without the timer")
	}
	if r, _ := p.Answer(right(p)); r.Points != quiz.TimedPoints {
		t.Errorf("a flat %d without the timer, got %d", quiz.TimedPoints, r.Points)
	}
}

func TestTypedRefusesUnregistered(t *testing.T) {
	c := newClock()
	p := start(t, Practice(2, "", true), c)
	p.Open()
	for _, n := range []int{499, 999, 100000} {
		_, err := p.Answer(n)
		var nc *NotACodeError
		if !errors.As(err, &nc) || !strings.Contains(err.Error(), "is not a registered status code: try again") {
			t.Fatalf("%d: %v", n, err)
		}
	}
	if len(p.Session.Results()) != 0 || p.Session.Score() != 0 {
		t.Fatal("a refused number must cost nothing")
	}
	if r, err := p.Answer(418); err != nil || r.Verdict != quiz.Wrong || r.WhyNot == "" {
		t.Fatalf("418 is registered (unused): graded wrong, not refused: %+v %v", r, err)
	}
}

func smallDeck(t *testing.T, n int) Content {
	c := builtin(t)
	c.Deck = content.Deck{Scenarios: c.Deck.Scenarios[:n]}
	c.Sources = []string{"two.yaml"}
	return c
}

func TestSmallDeckPlaysEachScenarioOnce(t *testing.T) {
	p, err := Start(Practice(10, "", false), smallDeck(t, 2), newClock().read, fixedSeed())
	must(t, err)
	have, ok := p.Shortened()
	if !ok || have != 2 || p.Session.Len() != 2 {
		t.Fatalf("shortened %v %d, %d questions", ok, have, p.Session.Len())
	}
	if qs := p.Session.Questions(); qs[0].ID() == qs[1].ID() {
		t.Fatal("a scenario asked twice")
	}
	if _, ok := start(t, Practice(10, "", false), newClock()).Shortened(); ok {
		t.Error("the built-in bank is not shortened")
	}
}

func TestMissingTopicOrDrill(t *testing.T) {
	c := smallDeck(t, 2)
	auth, _ := content.FindDrill("auth")
	for _, tc := range []struct {
		spec Spec
		want string
	}{
		{Drill(auth, 5), `no scenario in two.yaml is tagged "auth", as the drill auth needs`},
		{Practice(5, "nope", false), `no scenario in two.yaml has the topic "nope"; its topics are`},
	} {
		err := Check(tc.spec, c)
		var missing *MissingError
		if !errors.As(err, &missing) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v", tc.spec.Title, err)
		}
	}
	c.Sources = []string{"a.yaml", "b.yaml", BuiltinBank}
	if got := Sources(c.Sources); got != "a.yaml, b.yaml and the built-in bank" {
		t.Errorf("Sources: %q", got)
	}
}

func TestRetrySpec(t *testing.T) {
	s := Timed(5, Limits{PerQuestion: 5 * time.Second}, "out.csv").Retry([]string{"a"}).Retry([]string{"b"})
	if s.Title != "Retry: Timed round" || s.Mode != "retry" || s.Out != "" || s.Config.Replay[0] != "b" {
		t.Errorf("retry spec %+v", s)
	}
}

// TestMissingErrorIsOneSafeLine: topics and file names come from outside: the
// message drops their control characters and lists only a few.
func TestMissingErrorIsOneSafeLine(t *testing.T) {
	c := smallDeck(t, 1)
	c.Sources = []string{"evil\x1b]0;title\x07.yaml"}
	for i := range 50 {
		sc := c.Deck.Scenarios[0]
		sc.ID, sc.Topic = fmt.Sprint("s", i), fmt.Sprint("topic\x1b[2J", i)
		c.Deck.Scenarios = append(c.Deck.Scenarios, sc)
	}
	msg := Check(Practice(5, "nope\u202e", false), c).Error()
	if strings.ContainsAny(msg, "\x1b\x07\u202e\n") || !strings.Contains(msg, "and 43 more") || len(msg) > 400 {
		t.Fatalf("%q", msg)
	}
}
