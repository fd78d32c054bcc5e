package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/httpquiz/httpquiz/theme"
)

// indent adds the left margin to every line.
func indent(s string, margin int) string {
	pad := strings.Repeat(" ", margin)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// lipglossBox frames text in a rounded border, wrapped to the width given.
func lipglossBox(st theme.Styles, width int, text string) string {
	inner := max(width-4, 10)
	return lipgloss.NewStyle().
		Border(lipgloss.RoundedBorder()).
		BorderForeground(st.Palette.Muted).
		Padding(0, 1).
		Render(theme.Wrap(text, inner-2))
}
