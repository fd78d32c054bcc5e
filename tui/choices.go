package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/theme"
)

// choice is one line of a menu.
type choice struct {
	title, desc string
	action      tea.Cmd
}

// choices is a vertical menu moved with the arrow keys and chosen with enter.
type choices struct {
	items  []choice
	cursor int
	// numbered shows the number that picks each of the first nine items.
	numbered bool
}

// update moves the cursor or returns the chosen item's action.
func (c *choices) update(msg tea.KeyPressMsg, keys KeyMap) tea.Cmd {
	switch {
	case key.Matches(msg, keys.Up):
		c.cursor = (c.cursor - 1 + len(c.items)) % len(c.items)
	case key.Matches(msg, keys.Down):
		c.cursor = (c.cursor + 1) % len(c.items)
	case key.Matches(msg, keys.Choose):
		return c.items[c.cursor].action
	}
	return nil
}

// view draws the menu; the highlighted line carries a marker as well as
// color, so it reads without color too.
func (c choices) view(st theme.Styles, width int) string {
	titleWidth := 0
	for _, it := range c.items {
		titleWidth = max(titleWidth, lipgloss.Width(it.title))
	}
	var b strings.Builder
	for i, it := range c.items {
		marker, title := "  ", st.Text.Render(it.title)
		if i == c.cursor {
			marker, title = st.Title.Render("▸ "), st.Title.Render(it.title)
		}
		pad := strings.Repeat(" ", titleWidth-lipgloss.Width(it.title))
		if c.numbered {
			number := "  "
			if i < 9 {
				number = strconv.Itoa(i+1) + " "
			}
			marker += st.Muted.Render(number)
		}
		line := marker + title + pad + "  " + st.Muted.Render(it.desc)
		b.WriteString(ansi.Truncate(line, max(width, 0), "…") + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
