package workshop

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/theme"
)

// stage is where a participant is before and during the round.
type stage int

const (
	askCode stage = iota
	askName
	inRoom
	refused
	departed // left the room; the connection is ending
	ended    // the host closed the classroom
)

// maxCodeTries is how many wrong join codes end the connection.
const maxCodeTries = 3

// player is one participant's Bubble Tea model, one per SSH session.
type player struct {
	hub     *Hub
	door    *Door
	addr    string // the client's IP address, for the door's count
	theme   string
	profile colorprofile.Profile // the colors the participant's terminal shows
	stage   stage
	input   string
	tries   int
	notice  string // one line about the last key: an error or a confirmation
	id      int
	snap    Snapshot
	updates <-chan struct{}
	styles  theme.Styles
	width   int
	height  int
	styled  int     // counts the palettes chosen
	scroll  int     // lines of a long reveal or podium scrolled past
	phase   [2]int  // the phase and question last shown: a new one starts at the top
	drawn   viewKey // what view was drawn from
	palette palette // what the styles were chosen from
	view    string
}

// NewParticipant returns one participant's Bubble Tea model, as the server
// runs it for each SSH session: join code (if any), name, then the round.
func NewParticipant(hub *Hub, joinCode, themeName string) tea.Model {
	return newPlayer(hub, NewDoor(joinCode), "", themeName)
}

func newPlayer(hub *Hub, door *Door, addr, themeName string) *player {
	p := &player{hub: hub, door: door, addr: addr, theme: themeName, profile: colorprofile.TrueColor, width: 80, height: 24}
	p.setStyles(true)
	if door.Open() {
		p.stage = askName
	}
	return p
}

type updateMsg struct{}
type hubClosedMsg struct{}
type secondMsg struct{}

// settle is how long the host's screen lets changes gather before it looks
// at the room again: when a whole room answers within a second, it redraws a
// few times, not once per answer. Players are woken only when the phase
// changes, and at once, so that no delay ever hides a reveal.
const settle = 250 * time.Millisecond

// wait blocks, in a command, until the hub signals a change.
func wait(ch <-chan struct{}) tea.Cmd { return waitThen(ch, 0) }

// waitThen blocks until the hub signals a change, then lets changes gather
// for pause.
func waitThen(ch <-chan struct{}, pause time.Duration) tea.Cmd {
	return func() tea.Msg {
		if _, ok := <-ch; !ok {
			return hubClosedMsg{}
		}
		time.Sleep(pause)
		return updateMsg{}
	}
}

func second() tea.Cmd { return tea.Tick(time.Second, func(time.Time) tea.Msg { return secondMsg{} }) }

// setStyles chooses the palette for the background, in the terminal's colors.
func (p *player) setStyles(isDark bool) {
	p.palette = palette{theme: p.theme, dark: isDark, profile: p.profile}
	p.styles = theme.NewStyles(theme.Named(p.theme, isDark).For(p.profile))
	p.styled++
}

func (p *player) Init() tea.Cmd { return tea.RequestBackgroundColor }

func (p *player) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.width, p.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		p.setStyles(msg.IsDark())
	case updateMsg:
		p.snap = p.hub.Snapshot(p.id)
		return p, wait(p.updates)
	case secondMsg:
		if p.stage == inRoom {
			p.snap = p.hub.Snapshot(p.id)
			return p, second()
		}
	case hubClosedMsg:
		// The host ended the round or quit: the final standings are still there.
		if p.stage == inRoom {
			p.snap = p.hub.Snapshot(p.id)
			p.stage = ended
		}
		p.snap.Closed = true
		return p, tea.Quit
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	return p, nil
}

func (p *player) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if msg.String() == "ctrl+c" || (p.stage == inRoom || p.stage == refused) && msg.String() == "q" {
		return p, p.leave()
	}
	switch p.stage {
	case askCode, askName:
		return p, p.typing(msg)
	case inRoom, ended:
		if !p.scrollKey(msg.String()) && p.stage == inRoom {
			p.answer(msg)
		}
	}
	return p, nil
}

func (p *player) leave() tea.Cmd {
	p.depart()
	return tea.Quit
}

// depart takes the player out of the room, once: on q, or when the
// connection ends however it ends.
func (p *player) depart() {
	if p.stage == inRoom {
		p.hub.Leave(p.id)
		p.hub.Unsubscribe(p.id)
		p.stage = departed
	}
}

// typing edits the join code or the name, and submits it on enter.
func (p *player) typing(msg tea.KeyPressMsg) tea.Cmd {
	limit := 40
	if p.stage == askName {
		limit = MaxNameRunes
	}
	switch msg.String() {
	case "enter":
		return p.submit()
	case "backspace":
		if p.input != "" {
			_, size := utf8.DecodeLastRuneInString(p.input)
			p.input = p.input[:len(p.input)-size]
		}
	default:
		// A paste may hold anything; only printable text is typed.
		text := strings.Map(oneLine, content.Safe(msg.Text))
		if text != "" && utf8.RuneCountInString(p.input+text) <= limit {
			p.input += text
		}
	}
	return nil
}

// oneLine drops what Safe keeps but a name or a code cannot hold.
func oneLine(r rune) rune {
	if r == '\t' || r == '\n' {
		return -1
	}
	return r
}

func (p *player) submit() tea.Cmd {
	in := strings.TrimSpace(p.input)
	p.input = ""
	if p.stage == askCode {
		return p.tryCode(in)
	}
	joined, err := p.hub.Join(in)
	switch {
	case errors.Is(err, ErrNoName):
		p.notice = "Choose a name with at least one letter or digit."
		return nil
	case err != nil:
		p.stage, p.notice = refused, "Sorry: "+err.Error()+"."
		return tea.Quit
	}
	p.id, p.stage, p.notice = joined.ID, inRoom, ""
	p.updates = p.hub.Subscribe(p.id)
	p.snap = p.hub.Snapshot(p.id)
	return tea.Batch(wait(p.updates), second())
}

// tryCode takes a join code to the door, which counts wrong ones for the
// whole address, across connections.
func (p *player) tryCode(code string) tea.Cmd {
	v := p.door.Try(p.addr, code)
	switch {
	case v.In:
		p.stage, p.notice = askName, ""
		return nil
	case v.Locked:
		p.stage, p.notice = refused, "Too many wrong join codes from your network: it is locked out for a while. Ask the host."
		return tea.Quit
	case v.Wait > 0:
		// The connection ends: a guesser pays a new handshake for each try.
		p.stage, p.notice = refused, "Too many wrong codes from your network: wait "+present.Duration(v.Wait)+", then connect again."
		return tea.Quit
	}
	if p.tries++; p.tries >= maxCodeTries {
		p.stage, p.notice = refused, "Wrong join code, three times. Ask the host for the code and connect again."
		return tea.Quit
	}
	p.notice = "That is not the join code. Try again."
	return nil
}

// answer locks in the option for a key 1-4.
func (p *player) answer(msg tea.KeyPressMsg) {
	n, err := strconv.Atoi(msg.String())
	opts := p.snap.Question.Options
	if p.snap.Phase != Asking || err != nil || n < 1 || n > len(opts) {
		return
	}
	_, err = p.hub.Answer(p.id, opts[n-1].Value)
	switch {
	case errors.Is(err, ErrAnswered), errors.Is(err, ErrNotPlaying), errors.Is(err, ErrPaused):
		// The screen says so already, in its status line: never twice.
		p.notice = ""
		return
	case err != nil:
		p.notice = sentence(err.Error())
		return
	}
	p.notice = ""
	p.snap = p.hub.Snapshot(p.id)
}

func (p *player) View() tea.View {
	// Bubble Tea asks for the view after every message, the once-a-second
	// tick included; most of the time nothing it shows has changed.
	if now := [2]int{int(p.snap.Phase), p.snap.Index}; now != p.phase {
		p.phase, p.scroll = now, 0
	}
	key := viewKey{version: p.snap.Version, left: p.snap.Left / time.Second, stage: p.stage, notice: p.notice,
		input: p.input, width: p.width, height: p.height, styled: p.styled, closed: p.snap.Closed, scroll: p.scroll}
	if key != p.drawn || p.view == "" {
		p.drawn, p.view = key, p.content()
	}
	return screenView(p.styles, p.view, p.width, p.height, "httpquiz classroom")
}

// viewKey is everything a participant's screen is drawn from.
type viewKey struct {
	version       uint64
	left          time.Duration
	stage         stage
	notice, input string
	width, height int
	styled        int
	closed        bool
	scroll        int
}

func (p *player) content() string {
	st := p.styles
	w := p.width - 2
	note := ""
	if p.notice != "" {
		note = "\n\n" + theme.Wrap(st.Warn.Render(p.notice), w)
	}
	switch p.stage {
	case askCode, askName:
		ask := "Enter the join code the host gave you:"
		if p.stage == askName {
			ask = "Your name, as the leaderboard will show it:"
		}
		count := ""
		if p.stage == askName {
			count = st.Muted.Render(fmt.Sprintf("  %d/%d", utf8.RuneCountInString(p.input), MaxNameRunes))
		}
		return theme.Header(st, "httpquiz classroom", "", w) + "\n\n" + st.Text.Render(ask) +
			"\n\n  " + st.Title.Render(p.input+"▏") + count + note + "\n\n" + st.Muted.Render("enter to join · ctrl+c to leave")
	case refused:
		return theme.Header(st, "httpquiz classroom", "", w) + "\n\n" + theme.Wrap(st.Bad.Render(p.notice), w)
	}
	return p.roomView(w) + note
}

func (p *player) roomView(w int) string {
	st, s := p.styles, p.snap
	switch s.Phase {
	case Lobby:
		waiting := "You are in. Waiting for the host to start."
		if s.Round > 1 {
			waiting = "Another round, new questions, scores from zero. Waiting for the host to start."
		}
		return p.header("httpquiz classroom", "", w) + "\n\n" +
			theme.Wrap(st.Strong.Render(waiting), w) + "\n\n" +
			theme.Wrap(st.Muted.Render(hereLine(s)), w) + "\n\n" + st.Muted.Render("q to leave")
	case Asking:
		return p.askingView(w)
	case Revealing:
		return p.scrolled(p.revealView(w))
	}
	return p.scrolled(p.podiumView(w))
}

func (p *player) askingView(w int) string {
	st, s := p.styles, p.snap
	var b strings.Builder
	b.WriteString(p.header(present.Progress(s.Index+1, s.Count), present.Countdown(s.Left, false), w) + "\n\n")
	me := s.Me
	locked := me != nil && me.Last != nil && me.Last.Question == s.Index
	chosen := -1
	if locked {
		chosen = me.Last.Result.Chosen
	}
	b.WriteString(p.hub.drawings.get(s.Round, s.Index, drawingKey{kind: questionBody, palette: p.palette, width: w, chosen: chosen},
		func() string { return drawQuestion(st, s, w, chosen) }))
	switch {
	case s.Paused:
		b.WriteString(theme.Wrap(st.Warn.Render("⏸ The host has paused the question: the clock stands still."), w))
	case me != nil && !me.Playing:
		b.WriteString(theme.Wrap(st.Muted.Render("You joined during this question: you play from the next one."), w))
	case locked:
		b.WriteString(theme.Wrap(st.Good.Render("✓ Answer locked in.")+" "+
			st.Muted.Render(fmt.Sprintf("Waiting for the others: %d of %d have answered.", s.Answered, s.Playing)), w))
	default:
		b.WriteString(theme.Wrap(st.Muted.Render("Press 1-4 to answer. Faster right answers score more."), w))
	}
	return b.String()
}

// drawQuestion is the prompt and the options, the one chosen marked: the
// part of the screen that stays while the clock ticks.
func drawQuestion(st theme.Styles, s Snapshot, w, chosen int) string {
	var b strings.Builder
	b.WriteString(theme.Wrap(st.Strong.Render(s.Question.Prompt()), w) + "\n\n")
	for i, o := range s.Question.Options {
		mark := "  "
		label := st.Text.Render(o.Label)
		if o.Value == chosen {
			mark, label = st.Title.Render("▸ "), st.Strong.Render(o.Label)
		}
		b.WriteString(mark + st.Option(i).Render(present.OptionMark(i)) + "  " + label + "\n")
	}
	return b.String() + "\n"
}

// board is the leaderboard with the player's own line marked: the rest is
// drawn once for the room.
func (p *player) board(w int) string {
	s := p.snap
	shared := p.hub.drawings.get(s.Round, s.Index, drawingKey{kind: leaderboard, version: s.Version, palette: p.palette, width: w},
		func() string { return boardView(p.styles, s.Board, -1, w) })
	i := slices.IndexFunc(s.Board, func(st Standing) bool { return st.Player.ID == p.id })
	if i < 0 {
		return shared
	}
	lines := strings.Split(shared, "\n")
	lines[i] = boardLine(p.styles, s.Board[i], true, w)
	return strings.Join(lines, "\n")
}

func (p *player) revealView(w int) page {
	st, s := p.styles, p.snap
	body := revealText(st, s, w) + "\n\n" + st.Heading.Render("Leaderboard") + "\n" + p.board(w)
	foot := st.Muted.Render("The host moves on to the next question.")
	if s.Me != nil && s.MyRank > 0 {
		foot = st.Strong.Render(fmt.Sprintf("You are number %d with %d points.", s.MyRank, s.Me.Score)) + "\n" + foot
	}
	return page{head: p.header(present.Progress(s.Index+1, s.Count)+": the answer", "", w), body: body, foot: foot}
}

// revealText is what a closed question teaches, in the words every face uses:
// the player's own verdict and why, or for someone who did not play it (and
// the host), the answer and why.
func revealText(st theme.Styles, s Snapshot, w int) string {
	q := s.Question
	var lines []string
	paras := []present.Paragraph{present.Why(q)}
	if me := s.Me; me != nil && me.Last != nil && me.Last.Question == s.Index {
		f := present.Explain(me.Last.Result, nil, true)
		lines = append(lines, theme.Wrap(st.Verdict(f.Verdict), w))
		paras = f.Paragraphs
	} else {
		lines = append(lines, st.Strong.Render("The answer: "+present.AnswerTitle(q)))
	}
	for _, para := range paras {
		lines = append(lines, st.Paragraph(para, w))
	}
	return strings.Join(lines, "\n")
}

// header is a screen's top line: the title, then the clock, the player's
// name and points; in a narrow window the name goes first, so that the
// points and the clock stay.
func (p *player) header(title, clock string, w int) string {
	me := p.snap.Me
	if me == nil {
		return theme.Header(p.styles, title, clock, w)
	}
	points := fmt.Sprintf("%d points", shownScore(p.snap))
	notes := []string{me.Name + " · " + points, points}
	if clock != "" {
		notes = []string{clock + " · " + me.Name + " · " + points, clock + " · " + points, clock}
	}
	for _, note := range notes {
		if lipgloss.Width(title)+2+lipgloss.Width(note) <= w {
			return theme.Header(p.styles, title, note, w)
		}
	}
	return theme.Header(p.styles, title, notes[len(notes)-1], w)
}

// shownScore is the player's score as their screen may show it: while a
// question is open, without the points of an answer just locked in, so that
// nobody's screen gives the answer away to their neighbors before the reveal.
func shownScore(s Snapshot) int {
	me := s.Me
	if s.Phase == Asking && me.Last != nil && me.Last.Question == s.Index {
		return me.Score - me.Last.Result.Points
	}
	return me.Score
}

// hereLine says who is in the lobby: a count and the latest arrivals, never
// the whole room.
func hereLine(s Snapshot) string {
	line := fmt.Sprintf("%d here", s.Here)
	if len(s.Latest) > 0 {
		line += ": " + strings.Join(s.Latest, ", ")
		if s.Here > len(s.Latest) {
			line += fmt.Sprintf(" and %d more", s.Here-len(s.Latest))
		}
	}
	return line
}

// finalWords is the standings in plain lines, for the terminal the player
// gets back when the host closes the classroom.
func (p *player) finalWords() string {
	var parts []string
	for _, pl := range podium(p.snap.Board) {
		parts = append(parts, pl.medal+" "+pl.name+" "+pl.points)
	}
	words := "Final standings: " + strings.Join(parts, " · ") + "."
	if p.snap.Me != nil {
		words += "\n" + yourPlace(p.snap)
	}
	return words
}

func (p *player) podiumView(w int) page {
	st, s := p.styles, p.snap
	var b strings.Builder
	if s.Closed {
		b.WriteString(st.Strong.Render("The host ended the round.") + "\n\n")
	}
	for _, place := range podium(s.Board) {
		b.WriteString("  " + place.medal + " " + st.Strong.Render(place.name) + "  " + place.points + "\n")
	}
	if n := len(podium(s.Board)); n < len(s.Board) {
		b.WriteString("\n" + boardView(st, s.Board[n:], p.id, w))
	}
	foot := st.Muted.Render("Thanks for playing. q to leave.")
	if s.Me != nil {
		foot = theme.Wrap(st.Strong.Render(yourPlace(s)), w) + "\n" + foot
	}
	return page{head: theme.Header(st, "Final results", "", w), body: strings.TrimSuffix(b.String(), "\n"), foot: foot}
}
