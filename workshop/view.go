package workshop

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/theme"
)

// Drawing helpers shared by the player's and the host's screens.

// boardView draws the leaderboard, marking the viewer's own line.
func boardView(st theme.Styles, board []Standing, me int, width int) string {
	lines := make([]string, len(board))
	for i, s := range board {
		lines[i] = boardLine(st, s, s.Player.ID == me, width)
	}
	return strings.Join(lines, "\n")
}

// boardLine is one place on the leaderboard; the viewer's own is marked.
func boardLine(st theme.Styles, s Standing, mine bool, width int) string {
	line := fmt.Sprintf("%2d. %-*s %6d", s.Rank, MaxNameRunes, s.Player.Name, s.Player.Score)
	if mine {
		return theme.Truncate(st.Title.Render("▸ ")+st.Strong.Render(line+"  (you)"), width)
	}
	return theme.Truncate("  "+st.Text.Render(line), width)
}

// fit cuts a drawing to a window of width×height, less a margin of two
// columns, and asks for more room below a minimum (told in the window's own
// size, as the participant sees it).
func fit(st theme.Styles, s string, width, height int) string {
	if width < 42 || height < 12 {
		return theme.Wrap(st.Strong.Render("Make the window larger")+"\n"+
			st.Muted.Render(fmt.Sprintf("This quiz needs 42×12; this one is %d×%d.", width, height)), max(width-2, 1))
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	return theme.FitWidth(strings.Join(lines, "\n"), width-2)
}

// screenView wraps a drawing in a full-window view with a title.
func screenView(st theme.Styles, content string, width, height int, title string) tea.View {
	v := tea.NewView(fit(st, content, width, height))
	v.AltScreen = true
	v.WindowTitle = title
	return v
}

// place is one line of the podium, in words every face prints alike.
type place struct{ medal, name, points string }

// podium is the top three ranks: players who tie share a rank and its medal,
// and the next rank after a tie is skipped, as in sport ("1, 2, 2, 4").
func podium(board []Standing) []place {
	var out []place
	for _, s := range board {
		medal, ok := present.Medal(s.Rank)
		if !ok {
			break
		}
		out = append(out, place{medal: medal, name: s.Player.Name, points: fmt.Sprintf("%d points", s.Player.Score)})
	}
	return out
}

// yourPlace is a player's final line: their rank, points and right answers
// out of the questions they played (a late joiner played fewer).
func yourPlace(s Snapshot) string {
	me := s.Me
	played := me.Answered + me.TimedOut
	if played == 1 {
		return fmt.Sprintf("You: number %d with %d points, %d right of the 1 question you played.", s.MyRank, me.Score, me.Right)
	}
	return fmt.Sprintf("You: number %d with %d points, %d right of the %d questions you played.",
		s.MyRank, me.Score, me.Right, played)
}
