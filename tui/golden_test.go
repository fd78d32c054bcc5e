package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
)

// screens are the ways to reach every screen, by name: options to start with
// and keys to press.
var screens = []struct {
	name string
	opts func() Options
	keys []string
}{
	{"menu", menuOpts, nil},
	{"drills", menuOpts, []string{"down", "down", "enter"}},
	{"lesson", drillOpts, nil},
	{"question", roundOpts(quiz.PickCode), nil},
	{"question-typed", roundOpts(quiz.TypeCode), []string{"4", "0"}},
	{"question-meaning", roundOpts(quiz.PickMeaning), nil},
	{"question-class", roundOpts(quiz.PickClass), nil},
	{"feedback-wrong", roundOpts(quiz.TypeCode), []string{"9", "9", "9", "enter"}},
	{"feedback-drill", drillOpts, []string{"enter", "3"}},
	{"results", roundOpts(quiz.TypeCode), []string{"9", "9", "9", "enter", "q"}},
	{"browser", browseOpts, nil},
	{"browser-filtered", browseOpts, []string{"g", "a", "t", "e"}},
	{"browser-reading", browseOpts, []string{"4", "2", "9", "enter", "enter"}},
}

func menuOpts() Options   { return Options{} }
func browseOpts() Options { return Options{Start: StartBrowse} }

func drillOpts() Options {
	d, _ := content.FindDrill("auth")
	r := DrillRound(d, 5)
	r.RandomSeed = false
	r.Config.Seed = 11
	return Options{Start: StartRound, Round: r}
}

func roundOpts(kind quiz.Kind) func() Options {
	return func() Options {
		return Options{Start: StartRound, Round: Round{Title: "Practice", Config: quiz.Config{Count: 5, Seed: 11, Kinds: []quiz.Kind{kind}}}}
	}
}

// TestGolden pins every screen's text at 80x24 and at the minimum size.
// Refresh with: go test ./tui -run TestGolden -update
func TestGolden(t *testing.T) {
	for _, sc := range screens {
		for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}} {
			name := fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				hs := newHarness(t, sc.opts(), size[0], size[1])
				hs.press(sc.keys...)
				golden(t, name, trimLines(hs.view()))
			})
		}
	}
	hs := newHarness(t, menuOpts(), 30, 10)
	golden(t, "too-small-30x10", trimLines(hs.view()))
}

func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}
