package workshop

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/tui"
)

// Drawing helpers shared by the player's and the host's screens.

func wrapText(s string, width int) string { return lipgloss.Wrap(s, max(width, 1), " ") }

// topLine puts a title on the left and a note on the right.
func topLine(st tui.Styles, title, note string, width int) string {
	left, right := st.Title.Render(title), st.Muted.Render(note)
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 2 {
		return left + "  " + right
	}
	return left + strings.Repeat(" ", gap) + right
}

// boardView draws the leaderboard, marking the viewer's own line.
func boardView(st tui.Styles, board []Standing, me int, width int) string {
	var b strings.Builder
	for _, s := range board {
		marker := "  "
		line := fmt.Sprintf("%2d. %-*s %6d", s.Rank, MaxNameRunes, s.Player.Name, s.Player.Score)
		if s.Player.ID == me {
			marker = st.Title.Render("▸ ")
			line = st.Strong.Render(line + "  (you)")
		} else {
			line = st.Text.Render(line)
		}
		b.WriteString(truncate(marker+line, width) + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func truncate(s string, width int) string {
	return lipgloss.NewStyle().MaxWidth(max(width, 1)).Render(s)
}

// clock shows the seconds left on a question.
func clock(s Snapshot) string { return fmt.Sprintf("⏱ %ds", int(s.Left.Seconds()+0.999)) }

// fit cuts a drawing to the window, and asks for more room below a minimum.
func fit(st tui.Styles, s string, width, height int) string {
	if width < 40 || height < 12 {
		return wrapText(st.Strong.Render("Make the window larger")+"\n"+
			st.Muted.Render(fmt.Sprintf("This quiz needs 40×12; this one is %d×%d.", width, height)), max(width, 1))
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		// A line is never wider in cells than it is long in bytes: only long
		// lines need measuring.
		if len(l) > width && ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	return strings.Join(lines, "\n")
}

// screenView wraps a drawing in a full-window view with a title.
func screenView(st tui.Styles, content string, width, height int, title string) tea.View {
	v := tea.NewView(fit(st, content, width-2, height))
	v.AltScreen = true
	v.WindowTitle = title
	return v
}
