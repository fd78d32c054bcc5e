package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
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

// fitWidth cuts every line of s to w cells.
func fitWidth(s string, w int) string {
	return lipgloss.NewStyle().MaxWidth(w).Render(s)
}

// lipglossBox frames text in a rounded border, wrapped to the width given.
func lipglossBox(st Styles, width int, text string) string {
	inner := max(width-4, 10)
	return lipgloss.NewStyle().
		Border(lipgloss.RoundedBorder()).
		BorderForeground(st.palette.Muted).
		Padding(0, 1).
		Render(wrap(text, inner-2))
}
