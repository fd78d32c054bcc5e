package workshop

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/theme"
)

// The host's screen is the room's: it is made for a projector, read from the
// back of the room. Each phase has its own layout, built from sections; when
// a window is too short, the sections that matter least are left out first.

// section is a block of the host's screen. When space is short the
// sections with the highest drop go first; those with drop 0 always stay.
type section struct {
	text string
	drop int
}

// stack joins sections with a blank line between them, leaving out the
// droppable ones until the whole fits height lines; if it still does not,
// without the blank lines.
func stack(sections []section, height int) string {
	keep := make([]bool, len(sections))
	total := -1
	most := 0
	for i, s := range sections {
		keep[i] = s.text != ""
		if keep[i] {
			total += lineCount(s.text) + 1
		}
		most = max(most, s.drop)
	}
	for level := most; level > 0 && total > height; level-- {
		for i, s := range sections {
			if keep[i] && s.drop == level && total > height {
				keep[i] = false
				total -= lineCount(s.text) + 1
			}
		}
	}
	var parts []string
	for i, s := range sections {
		if keep[i] {
			parts = append(parts, s.text)
		}
	}
	if total > height {
		return strings.Join(parts, "\n")
	}
	return strings.Join(parts, "\n\n")
}

func lineCount(s string) int { return strings.Count(s, "\n") + 1 }

// readable is the width text is wrapped to: lines longer than this are hard
// to follow on a wall, however wide the terminal.
const readable = 100

// hostWidth is the width of the host's drawing for a window w wide.
func hostWidth(w int) int { return min(w-2, readable) }

// lobbyView is the room's first sight: how to join, in large, and who is in.
func (h *host) lobbyView(w int) string {
	st, s := h.styles, h.snap
	players := st.Heading.Render(present.Plural(s.Here, "player") + " here")
	if s.Round > 1 {
		players += st.Muted.Render(fmt.Sprintf(" · round %d with the same players: newcomers are welcome", s.Round))
	}
	banner := h.banner(w)
	info := theme.Wrap(st.Muted.Render(h.infoLine()), w)
	// The names fill what the banner and the lines around them leave.
	rows := h.height - lineCount(banner) - lineCount(info) - 6
	return stack([]section{{text: banner}, {text: players + "\n\n" + nameGrid(st, h.names, w, max(rows, 1))},
		{text: info, drop: 1}}, h.height)
}

// banner is the join command and code, boxed and spaced out to be read aloud.
func (h *host) banner(w int) string {
	st := h.styles
	lines := []string{st.Text.Render("Join with   ") + st.Title.Render(h.info.Join)}
	if code := h.info.Door.Code(); code != "" {
		lines = append(lines, "", st.Text.Render("Join code   ")+st.Title.Render(spaced(strings.ToUpper(code))))
	} else {
		lines = append(lines, "", st.Muted.Render("No join code is needed."))
	}
	if n := h.info.Door.LockedOut(); n > 0 {
		lines = append(lines, "", st.Warn.Render(present.Plural(n, "address")+" locked out for wrong codes"))
	}
	box := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(st.Palette.Accent).Padding(1, 3)
	body := strings.Join(lines, "\n")
	if lipgloss.Width(body)+8 > w {
		box = box.Padding(0, 1)
	}
	return box.Render(theme.Wrap(body, max(w-4, 1)))
}

// spaced puts a space between the characters of a code, for reading aloud
// (the door takes it in either case).
func spaced(code string) string { return strings.Join(strings.Split(code, ""), " ") }

// nameGrid lays out the latest names in columns, newest last, in at most
// rows lines; earlier arrivals are counted, not listed.
func nameGrid(st theme.Styles, names []string, w, rows int) string {
	if len(names) == 0 {
		return st.Muted.Render("Nobody yet: the names appear here as people join.")
	}
	colW := MaxNameRunes + 3
	cols := max(w/colW, 1)
	room := cols * rows
	var more string
	if len(names) > room {
		room -= cols // one line for the count of the others
		more = "\n" + st.Muted.Render(fmt.Sprintf("and %d who joined earlier", len(names)-max(room, 0)))
		names = names[len(names)-max(room, 0):]
	}
	var b strings.Builder
	for i, n := range names {
		if i > 0 && i%cols == 0 {
			b.WriteString("\n")
		}
		cell := ansi.Truncate(n, colW-1, "…")
		if i%cols < cols-1 && i < len(names)-1 {
			cell += strings.Repeat(" ", max(colW-ansi.StringWidth(cell), 1))
		}
		b.WriteString(st.Text.Render(cell))
	}
	return b.String() + more
}

// infoLine is what identifies the round: seed, deck, version, where it is kept.
func (h *host) infoLine() string {
	s := h.snap
	return fmt.Sprintf("seed %d · deck %s · httpquiz %s · %s", s.Seed, s.DeckHash[:min(8, len(s.DeckHash))],
		h.info.Version, h.info.Saving)
}

// questionView is the open question in full, its options as the players see
// them, the clock as a bar, and how many have answered.
func (h *host) questionView(w int) string {
	st, s := h.styles, h.snap
	prompt := theme.Wrap(st.Strong.Render(s.Question.Prompt()), w)
	answered := st.Heading.Render(fmt.Sprintf("Answered %d of %d", s.Answered, s.Playing))
	// Tiles when they fit, tall ones when there is room to spare.
	options := h.optionGrid(w)
	for _, pad := range []int{1, 0} {
		if tiles := h.optionTiles(w, pad); tiles != "" && lineCount(prompt)+lineCount(tiles)+5 <= h.height {
			options = tiles
			break
		}
	}
	return stack([]section{{text: prompt}, {text: options}, {text: h.clockBar(w) + "\n" + answered}}, h.height)
}

// optionGrid draws the four options with their marks: two columns when they
// fit, else one.
func (h *host) optionGrid(w int) string {
	st, opts := h.styles, h.snap.Question.Options
	cells := make([]string, len(opts))
	colW := 0
	for i, o := range opts {
		cells[i] = st.Option(i).Render(present.OptionMark(i)) + "  " + st.Strong.Render(o.Label)
		colW = max(colW, lipgloss.Width(cells[i]))
	}
	if 2*colW+6 > w {
		return strings.Join(cells, "\n")
	}
	var rows []string
	for i := 0; i < len(cells); i += 2 {
		row := cells[i]
		if i+1 < len(cells) {
			row += strings.Repeat(" ", colW+6-lipgloss.Width(cells[i])) + cells[i+1]
		}
		rows = append(rows, row)
	}
	return strings.Join(rows, "\n\n")
}

// optionTiles draws the options as four colored tiles in two columns, big
// enough to point at on a wall.
func (h *host) optionTiles(w, pad int) string {
	st, opts := h.styles, h.snap.Question.Options
	tileW := (w - 2) / 2
	if tileW < 30 {
		return ""
	}
	tiles := make([]string, len(opts))
	for i, o := range opts {
		label := st.Option(i).Render(present.OptionMark(i)) + "  " + st.Strong.Render(o.Label)
		tiles[i] = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(st.Option(i).GetForeground()).
			Padding(pad, 1).Width(tileW).Render(theme.Truncate(label, tileW-4))
	}
	var rows []string
	for i := 0; i < len(tiles); i += 2 {
		if i+1 < len(tiles) {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, tiles[i], "  ", tiles[i+1]))
		} else {
			rows = append(rows, tiles[i])
		}
	}
	return strings.Join(rows, "\n")
}

// clockBar is the question's time left as a bar and in seconds; paused, it says so.
func (h *host) clockBar(w int) string {
	st, s := h.styles, h.snap
	total := s.PerQuestion + s.Extended
	label := present.Countdown(s.Left, false)
	if s.Paused {
		label = "⏸ Paused · " + label
	}
	if s.Extended > 0 {
		label += st.Muted.Render(" (+" + present.Duration(s.Extended) + ")")
	}
	if word := present.AlmostUp(s.Left, total); word != "" && !s.Paused {
		label += " · " + word
	}
	barW := max(w-lipgloss.Width(label)-2, 10)
	return theme.TimeBar(st, s.Left, total, barW) + "  " + st.Strong.Render(label)
}

// revealView is the answer, how the room answered, why, and the top five.
func (h *host) revealView(w int) string {
	st, s := h.styles, h.snap
	answer := st.Good.Render("✓ The answer: ") + st.Strong.Render(present.AnswerTitle(s.Question))
	why := st.Paragraph(present.Why(s.Question), w)
	top := st.Heading.Render("Top five") + "\n" + boardView(st, s.Board[:min(5, len(s.Board))], -1, w)
	prompt := theme.Wrap(st.Muted.Render(s.Question.Prompt()), w)
	return stack([]section{{text: prompt, drop: 2}, {text: answer + "\n\n" + h.distribution(w)}, {text: why, drop: 1},
		{text: top}}, h.height)
}

// distribution is a bar per option with how many chose it, the answer
// marked in words as well as in color, and the time-outs.
func (h *host) distribution(w int) string {
	st, s := h.styles, h.snap
	if len(s.Chosen) != len(s.Question.Options) {
		return ""
	}
	most := s.TimedOut
	labelW := 0
	for i, o := range s.Question.Options {
		most = max(most, s.Chosen[i])
		labelW = max(labelW, lipgloss.Width(present.OptionMark(i)+"  "+o.Label))
	}
	tailW := len(fmt.Sprint(most)) + 1 + lipgloss.Width("  ✓ the answer")
	barW := max(min(w-labelW-2-tailW, 50), 3)
	line := func(label string, n int, style lipgloss.Style, tail string) string {
		bar := ""
		if most > 0 {
			bar = strings.Repeat("█", (n*barW+most-1)/most)
		}
		pad := strings.Repeat(" ", max(labelW-lipgloss.Width(label), 0))
		return label + pad + "  " + style.Render(bar) + fmt.Sprintf(" %d", n) + tail
	}
	var rows []string
	for i, o := range s.Question.Options {
		label := st.Option(i).Render(present.OptionMark(i)) + "  " + st.Text.Render(o.Label)
		tail := ""
		if o.Value == s.Question.Code.Code {
			label = st.Option(i).Render(present.OptionMark(i)) + "  " + st.Strong.Render(o.Label)
			tail = st.Good.Render("  ✓ the answer")
		}
		rows = append(rows, line(label, s.Chosen[i], st.Option(i), tail))
	}
	if s.TimedOut > 0 {
		rows = append(rows, line(st.Muted.Render("     no answer"), s.TimedOut, st.Muted, ""))
	}
	return strings.Join(rows, "\n")
}

// podiumView is the end of the round, on the wall: the three places in
// large, the rest of the leaderboard, and how the room did on each question.
func (h *host) podiumView(w int) string {
	st, s := h.styles, h.snap
	title := st.Title.Render("Final results")
	if s.Round > 1 {
		title += st.Muted.Render(fmt.Sprintf(" · round %d", s.Round))
	}
	var places []string
	top := podium(s.Board)
	nameW := 0
	for _, p := range top {
		nameW = max(nameW, ansi.StringWidth(p.name))
	}
	for _, p := range top {
		pad := strings.Repeat(" ", nameW-ansi.StringWidth(p.name))
		places = append(places, "   "+p.medal+"  "+st.Strong.Render(p.name)+pad+"   "+st.Text.Render(p.points))
	}
	if len(places) == 0 {
		places = append(places, st.Muted.Render("Nobody played this round."))
	}
	rest := ""
	if n := len(places); n < len(s.Board) {
		rest = st.Heading.Render("Leaderboard") + "\n" + boardView(st, s.Board[n:], -1, w)
	}
	return stack([]section{{text: title}, {text: strings.Join(places, "\n\n")}, {text: rest, drop: 1},
		{text: h.howItWent(w), drop: 2}}, h.height)
}

// keys is the line of keys, wrapped to the width.
func (h *host) keys(w int) string { return theme.Wrap(h.styles.Muted.Render(h.keysLine()), w) }

// howItWent is each question's answer and how much of the room had it
// right: what a host goes back over after the round.
func (h *host) howItWent(w int) string {
	st := h.styles
	if len(h.asked) == 0 {
		return ""
	}
	labelW := 0
	for _, c := range h.asked {
		labelW = max(labelW, lipgloss.Width(present.AnswerTitle(c.Question)))
	}
	barW := max(min(w-labelW-24, 30), 5)
	lines := []string{st.Heading.Render("How the room did")}
	for i, c := range h.asked {
		right := 0
		for _, a := range c.Answers {
			if a.Result.Verdict.Correct() {
				right++
			}
		}
		filled := 0
		if n := len(c.Answers); n > 0 {
			filled = (right*barW + n/2) / n
		}
		title := present.AnswerTitle(c.Question)
		lines = append(lines, fmt.Sprintf("%2d. %s%s  ", i+1, st.Text.Render(title), strings.Repeat(" ", labelW-lipgloss.Width(title)))+
			st.Good.Render(strings.Repeat("█", filled))+st.Muted.Render(strings.Repeat("░", barW-filled))+
			st.Text.Render(fmt.Sprintf("  %d of %d right", right, len(c.Answers))))
	}
	return strings.Join(lines, "\n")
}
