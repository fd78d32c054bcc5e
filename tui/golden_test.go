package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/internal/golden"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// screens are the ways to reach every screen, by name: options to start with
// and keys to press.
var screens = []struct {
	name string
	opts func() Options
	keys []string
}{
	{"menu", menuOpts, nil},
	{"drills", menuOpts, []string{"3"}},
	{"lesson", drillOpts, nil},
	{"question", roundOpts(quiz.PickCode), nil},
	{"question-typed", roundOpts(quiz.TypeCode), []string{"4", "0"}},
	{"question-meaning", roundOpts(quiz.PickMeaning), nil},
	{"question-class", roundOpts(quiz.PickClass), nil},
	{"question-name", roundOpts(quiz.PickName), nil},
	{"question-header", replayOpts("header-allow"), nil},
	{"question-carries", replayOpts("carries-www-authenticate"), nil},
	{"feedback-carries", replayOpts("carries-www-authenticate"), []string{"1"}},
	{"question-typed-refused", roundOpts(quiz.TypeCode), []string{"9", "9", "9", "enter"}},
	{"feedback-wrong", roundOpts(quiz.TypeCode), []string{"5", "0", "2", "enter"}},
	{"feedback-right", roundOpts(quiz.TypeCode), []string{"5", "0", "0", "enter"}},
	{"feedback-accepted", acceptedOpts, []string{"accepted"}},
	{"feedback-drill", drillOpts, []string{"enter", "3"}},
	{"results", roundOpts(quiz.TypeCode), []string{"5", "0", "2", "enter", "q"}},
	{"browser", browseOpts, nil},
	{"browser-filtered", browseOpts, []string{"g", "a", "t", "e"}},
	{"browser-reading", browseOpts, []string{"4", "2", "9", "enter", "enter"}},
}

func menuOpts() Options { return Options{} }

// replayOpts plays exactly the questions with these ids.
func replayOpts(ids ...string) func() Options {
	return func() Options {
		return Options{Start: StartRound, Spec: round.Spec{Title: "Practice",
			Config: quiz.Config{Count: len(ids), Seed: 11, Kinds: quiz.PracticeKinds, Replay: ids}}}
	}
}

// acceptedOpts plays a round of one scenario that accepts a second code.
func acceptedOpts() Options {
	c, _ := round.Builtin()
	for _, sc := range c.Deck.Scenarios {
		if len(sc.AlsoAccept) > 0 && sc.AcceptNote != "" {
			c.Deck = content.Deck{Scenarios: []content.Scenario{sc}}
			break
		}
	}
	spec := round.Spec{Title: "Typed practice", Config: quiz.Config{Count: 1, Seed: 4, Kinds: []quiz.Kind{quiz.TypeCode}}}
	return Options{Start: StartRound, Spec: spec, Load: func() (round.Content, error) { return c, nil }}
}
func browseOpts() Options { return Options{Start: StartBrowse} }

func drillOpts() Options {
	d, _ := content.FindDrill("auth")
	return Options{Start: StartRound, Spec: round.Drill(d, 5).WithSeed(11)}
}

func roundOpts(kind quiz.Kind) func() Options {
	return func() Options {
		return Options{Start: StartRound, Spec: round.Spec{Title: "Practice", Config: quiz.Config{Count: 5, Seed: 11, Kinds: []quiz.Kind{kind}}}}
	}
}

// TestGolden pins every screen's text at 80x24 and at the minimum size.
// Refresh with: go test ./tui -run TestGolden -update
func TestGolden(t *testing.T) {
	for _, sc := range screens {
		sizes := [][2]int{{80, 24}, {MinWidth, MinHeight}}
		if strings.HasPrefix(sc.name, "feedback") {
			sizes = append(sizes, [2]int{160, 50}) // the question kept, on a large terminal
		}
		for _, size := range sizes {
			name := fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				hs := newHarness(t, sc.opts(), size[0], size[1])
				for _, k := range sc.keys {
					if k == "accepted" {
						hs.press(acceptedKeys(t, hs)...)
						continue
					}
					hs.press(k)
				}
				golden.Check(t, name, golden.TrimLines(hs.view()))
			})
		}
	}
	hs := newHarness(t, menuOpts(), 30, 10)
	golden.Check(t, "too-small-30x10", golden.TrimLines(hs.view()))
}

// acceptedKeys type the current question's also-accepted code.
func acceptedKeys(t *testing.T, hs *harness) []string {
	t.Helper()
	cur := screenIs[*question](t, hs).play.Current()
	if len(cur.Scenario.AlsoAccept) == 0 {
		t.Fatal("no also-accepted code")
	}
	return append(strings.Split(itoa(cur.Scenario.AlsoAccept[0]), ""), "enter")
}

// TestGoldenTimed pins the timed round's screens: the intro, the countdown,
// and the feedback when the time runs out.
// Refresh with: go test ./tui -run TestGoldenTimed -update
func TestGoldenTimed(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}, {160, 50}} {
		at := fmt.Sprintf("-%dx%d", size[0], size[1])
		hs, clock := timedHarness(t, round.Limits{PerQuestion: 10 * time.Second}, "")
		hs.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		p := screenIs[*timedIntro](t, hs).play
		golden.Check(t, "timed-intro"+at, golden.TrimLines(hs.view()))
		hs.press("enter")
		hs.tickAt(clock, 4*time.Second, p)
		golden.Check(t, "timed-countdown"+at, golden.TrimLines(hs.view()))
		hs.press(rightOption(t, hs))
		golden.Check(t, "timed-feedback-right"+at, golden.TrimLines(hs.view()))
		hs.press("enter")
		hs.tickAt(clock, 11*time.Second, p)
		screenIs[*feedback](t, hs)
		golden.Check(t, "timed-feedback-timed-out"+at, golden.TrimLines(hs.view()))
	}
}

// TestGoldenToday pins the Today card: no history, codes due (some missed
// today), codes relearning, the goal met; at 80x24, at the minimum size
// (where it shrinks to a line) and at 160x50.
func TestGoldenToday(t *testing.T) {
	states := []struct {
		name  string
		today round.Today
	}{
		{"empty", round.Today{Goal: 20, Core: 17}},
		{"due", round.Today{Due: 3, Relearning: 1, StreakDays: 4, Answered: 12, Goal: 20, Core: 17, CoreSolid: 11}},
		{"relearning", round.Today{Relearning: 2, StreakDays: 1, Answered: 5, Goal: 20, Core: 17, CoreSolid: 2}},
		{"goal-met", round.Today{StreakDays: 12, Answered: 25, Goal: 20, Core: 17, CoreSolid: 17}},
	}
	for _, st := range states {
		for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}, {160, 50}} {
			name := fmt.Sprintf("today-%s-%dx%d", st.name, size[0], size[1])
			hs := newHarness(t, menuOpts(), size[0], size[1])
			hs.send(todayMsg{today: st.today})
			golden.Check(t, name, golden.TrimLines(hs.view()))
		}
	}
}
