package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/theme"
)

func TestRenderEntryFitsWidth(t *testing.T) {
	cat, err := content.BuiltinCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	st := theme.NewStyles(theme.AdaptivePalette(true))
	for _, width := range []int{20, 40, 80} {
		for _, e := range cat.Codes() {
			out := RenderEntry(cat, e, width, st)
			// Compare without white space: wrapping may break at any space or hyphen.
			words := squash(ansi.Strip(out))
			if !strings.HasPrefix(words, squash(e.Title())) {
				t.Fatalf("%d at %d: starts %q", e.Code, width, words[:min(len(words), 30)])
			}
			for _, line := range strings.Split(out, "\n") {
				if w := lipgloss.Width(line); w > width {
					t.Errorf("%d at width %d: line of %d cells: %q", e.Code, width, w, ansi.Strip(line))
				}
			}
			for _, c := range e.Confusions {
				if !strings.Contains(words, squash(c.Why)) {
					t.Errorf("%d: confusion with %d not shown whole", e.Code, c.Code)
				}
			}
		}
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }
