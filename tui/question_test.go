package tui

import (
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// TestEveryQuestionFitsTheSmallestWindow: at the minimum size, every
// scenario of the bank shows all four options, and its whole prompt (the
// longest by scrolling it).
func TestEveryQuestionFitsTheSmallestWindow(t *testing.T) {
	c, err := round.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []quiz.Kind{quiz.PickCode, quiz.PickClass} {
		for _, sc := range c.Deck.Scenarios {
			id := sc.ID
			if kind == quiz.PickClass {
				id = "class-" + id
			}
			cfg := quiz.Config{Count: 1, Seed: 1, Kinds: []quiz.Kind{quiz.PickCode}, Replay: []string{id}}
			if sc.Topic == content.WildTopic {
				cfg.Topic = sc.Topic // asked in their own rounds only
			}
			opts := Options{Start: StartRound, Spec: round.Spec{Title: "Practice", Config: cfg}}
			hs := newHarness(t, opts, MinWidth, MinHeight)
			q := screenIs[*question](t, hs)
			view := hs.view()
			words := strings.Fields(content.Safe(q.cur.Prompt()))
			flat := func(v string) string { return strings.Join(strings.Fields(v), " ") }
			if !strings.Contains(flat(view), strings.Join(words[:min(5, len(words))], " ")) {
				t.Errorf("%s: the prompt's start is not shown\n%s", id, view)
			}
			end := view
			for range 5 { // a prompt too long for the window scrolls
				hs.press("pgdown")
				end = hs.view()
			}
			if !strings.Contains(flat(end), strings.Join(words[max(len(words)-5, 0):], " ")) {
				t.Errorf("%s: the prompt's end is never shown\n%s", id, end)
			}
			for _, o := range q.cur.Options {
				if !strings.Contains(view, o.Label) {
					t.Errorf("%s: option %q is not shown\n%s", id, o.Label, view)
				}
			}
		}
	}
}
