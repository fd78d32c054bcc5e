package tui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/round"
)

// manualClock is a clock the test moves.
type manualClock struct{ now time.Time }

func (c *manualClock) read() time.Time { return c.now }

func timedHarness(t *testing.T, limits round.Limits, out string) (*harness, *manualClock) {
	t.Helper()
	saved := tick
	tick = func(*play) tea.Cmd { return nil } // the test sends the ticks
	t.Cleanup(func() { tick = saved })
	clock := &manualClock{now: time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)}
	spec := round.Timed(3, limits, out).WithSeed(21)
	hs := newHarness(t, Options{Start: StartRound, Spec: spec, Version: "v-test", Clock: clock.read}, 80, 24)
	return hs, clock
}

func (hs *harness) tickAt(c *manualClock, d time.Duration, p *play) {
	c.now = c.now.Add(d)
	hs.send(tickMsg{play: p, at: c.now})
}

func TestTimedPerQuestion(t *testing.T) {
	out := filepath.Join(t.TempDir(), "results.json")
	hs, clock := timedHarness(t, round.Limits{PerQuestion: 10 * time.Second}, out)
	intro := screenIs[*timedIntro](t, hs)
	if v := hs.view(); !strings.Contains(v, "seed 21") || !strings.Contains(v, "httpquiz v-test") || !strings.Contains(v, "deck ") {
		t.Fatalf("the intro must show seed, deck and version:\n%s", v)
	}
	p := intro.play
	hs.press("enter")
	screenIs[*question](t, hs)
	hs.tickAt(clock, 4*time.Second, p)
	if !strings.Contains(hs.view(), "⏱ 6s") {
		t.Fatalf("countdown:\n%s", hs.view())
	}
	hs.press(rightOption(t, hs))
	f := screenIs[*feedback](t, hs)
	if f.result.Points != 800 { // 4 s of 10: 1000 × (1 − 0.2)
		t.Errorf("a right answer in 4 s of 10 scored %d", f.result.Points)
	}
	hs.press("enter")
	hs.tickAt(clock, 9*time.Second, p)
	screenIs[*question](t, hs)
	hs.tickAt(clock, 2*time.Second, p)
	f = screenIs[*feedback](t, hs)
	if !f.result.TimedOut || !strings.Contains(hs.view(), "⏱ Time's up.") {
		t.Fatalf("the question's time ran out:\n%s", hs.view())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Score   int         `json:"score"`
		Answers []round.Row `json:"answers"`
	}
	if err := json.Unmarshal(data, &file); err != nil || len(file.Answers) != 2 || file.Score != 800 {
		t.Fatalf("results file: %v %+v", err, file)
	}
	if a := file.Answers[1]; !a.TimedOut || a.Seed != "21" || a.Version != "v-test" || a.Deck == "" {
		t.Errorf("every answer carries seed, deck and version: %+v", a)
	}
}

func TestTimedTotal(t *testing.T) {
	hs, clock := timedHarness(t, round.Limits{Total: 30 * time.Second}, "")
	p := screenIs[*timedIntro](t, hs).play
	hs.press("enter")
	hs.tickAt(clock, 12*time.Second, p)
	if !strings.Contains(hs.view(), "⏱ 0:18") {
		t.Fatalf("round countdown:\n%s", hs.view())
	}
	hs.press(rightOption(t, hs))
	if f := screenIs[*feedback](t, hs); f.result.Points != 700 { // 12 s against the 20 s par
		t.Errorf("scored %d", f.result.Points)
	}
	hs.press("enter")
	hs.tickAt(clock, 19*time.Second, p)
	f := screenIs[*feedback](t, hs) // the open question's time ran out with the round's
	if !f.result.TimedOut || !strings.Contains(hs.view(), "⏱ Time's up.") || !strings.Contains(hs.view(), "The round's time has run out.") {
		t.Fatalf("the round's time ran out:\n%s", hs.view())
	}
	hs.press("enter")
	r := screenIs[*results](t, hs)
	if !strings.Contains(hs.view(), "Time's up") || r.summary.Answered != 2 || r.summary.Right != 1 {
		t.Fatalf("results after the round's time ran out:\n%s", hs.view())
	}
	hs.tickAt(clock, time.Second, p) // a late tick does nothing
	screenIs[*results](t, hs)
}

// TestRoundClockStopsOnFeedback: the round's clock runs only while a question
// is open; reading the feedback for a minute costs nothing.
func TestRoundClockStopsOnFeedback(t *testing.T) {
	hs, clock := timedHarness(t, round.Limits{Total: 30 * time.Second}, "")
	p := screenIs[*timedIntro](t, hs).play
	hs.press("enter")
	hs.tickAt(clock, 5*time.Second, p)
	hs.press(rightOption(t, hs))
	screenIs[*feedback](t, hs)
	hs.tickAt(clock, time.Minute, p)
	if !strings.Contains(hs.view(), "⏱ 0:25") {
		t.Fatalf("the clock moved while the feedback was read:\n%s", hs.view())
	}
	hs.press("enter")
	screenIs[*question](t, hs)
	if !strings.Contains(hs.view(), "⏱ 0:25") {
		t.Fatalf("the next question should start with 25 s left:\n%s", hs.view())
	}
}

func TestTimedNothingAnswered(t *testing.T) {
	hs, clock := timedHarness(t, round.Limits{Total: 5 * time.Second}, "")
	p := screenIs[*timedIntro](t, hs).play
	hs.press("enter")
	hs.tickAt(clock, 6*time.Second, p)
	screenIs[*feedback](t, hs)
	hs.press("enter")
	screenIs[*results](t, hs)
	if v := hs.view(); !strings.Contains(v, "Right 0/1") || strings.Contains(v, "Well done") {
		t.Fatalf("results with nothing answered in time:\n%s", v)
	}
}

func TestTimedNoTimer(t *testing.T) {
	hs, clock := timedHarness(t, round.Limits{Total: 30 * time.Second, NoTimer: true}, "")
	p := screenIs[*timedIntro](t, hs).play
	hs.press("enter")
	hs.tickAt(clock, time.Hour, p)
	screenIs[*question](t, hs)
	if strings.Contains(hs.view(), "⏱") {
		t.Fatalf("no clock without the timer:\n%s", hs.view())
	}
	hs.press(rightOption(t, hs))
	if f := screenIs[*feedback](t, hs); f.result.Points != 1000 {
		t.Errorf("no speed score without the timer: %d", f.result.Points)
	}
}

// TestExpiryDrawsNoStoppedQuestion: the frame drawn between the round's time
// running out and the feedback arriving, and a key pressed then, must not
// touch the stopped round.
func TestExpiryDrawsNoStoppedQuestion(t *testing.T) {
	hs, clock := timedHarness(t, round.Limits{Total: 5 * time.Second}, "")
	p := screenIs[*timedIntro](t, hs).play
	hs.press("enter")
	clock.now = clock.now.Add(6 * time.Second)
	next, _ := hs.model.Update(tickMsg{play: p, at: clock.now}) // the feedback is still to come
	hs.model = next.(Model)
	if !strings.Contains(hs.view(), "Question 1 of") {
		t.Fatalf("the last frame of the question:\n%s", hs.view())
	}
	for _, k := range []string{"1", "enter", "down"} {
		next, _ = hs.model.Update(keypress(k))
		hs.model = next.(Model)
		_ = hs.view()
	}
	if got := len(p.Session.Results()); got != 1 {
		t.Fatalf("%d results after the round's time ran out, want the one time-out", got)
	}
}
