package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// header is a screen's top line: a title on the left, a note on the right.
func header(st Styles, title, note string, width int) string {
	left := st.Title.Render(title)
	right := st.Muted.Render(note)
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 2 {
		return truncateCells(left+"  "+right, width)
	}
	return left + strings.Repeat(" ", gap) + right
}

// wrap wraps styled text to width cells without padding it.
func wrap(s string, width int) string {
	return lipgloss.Wrap(s, max(width, 1), " ")
}

// fitHeight pads or cuts s to exactly h lines, so the help line stays at the bottom.
func fitHeight(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// fitWidth cuts every line of s to at most w cells. A line can never be wider
// in cells than it is long in bytes, so only long lines are measured.
func fitWidth(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if len(l) > w && ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// indent adds the one-column left margin to every line.
func indent(s string) string { return " " + strings.ReplaceAll(s, "\n", "\n ") }

// lipglossBox frames text in a rounded border, wrapped to the width given.
func lipglossBox(st Styles, width int, text string) string {
	inner := max(width-4, 10)
	return lipgloss.NewStyle().
		Border(lipgloss.RoundedBorder()).
		BorderForeground(st.palette.Muted).
		Padding(0, 1).
		Render(wrap(text, inner-2))
}
