package theme

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Layout helpers every face draws with.

// Header is a screen's top line: a title on the left, a note on the right,
// cut to width when both do not fit.
func Header(st Styles, title, note string, width int) string {
	left := st.Title.Render(title)
	right := st.Muted.Render(note)
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 2 {
		return Truncate(left+"  "+right, width)
	}
	return left + strings.Repeat(" ", gap) + right
}

// Wrap wraps styled text to width cells without padding it.
func Wrap(s string, width int) string {
	return lipgloss.Wrap(s, max(width, 1), " ")
}

// Truncate cuts a styled line to width cells.
func Truncate(s string, width int) string {
	return ansi.Truncate(s, max(width, 0), "")
}

// FitWidth cuts every line of s to at most w cells. A line can never be wider
// in cells than it is long in bytes, so only long lines are measured: drawing
// stays cheap when a whole room redraws at once.
func FitWidth(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if len(l) > w && ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// FitHeight pads or cuts s to exactly h lines, so that what sits below it
// stays in place.
func FitHeight(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(h, 0)]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// Ellipsis cuts plain text to at most n characters, marking the cut with "…".
func Ellipsis(s string, n int) string {
	r := []rune(s)
	switch {
	case n < 1:
		return ""
	case len(r) <= n:
		return s
	}
	return string(r[:n-1]) + "…"
}
