package tui

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/lab"
	"github.com/httpquiz/httpquiz/theme"
)

// LabView is what the lab screen needs from the lab its caller runs: where
// it listens, its requests as they are answered, the quests met before, and
// ways to keep a quest met and to reset the lab.
type LabView struct {
	URL     string
	Entries <-chan lab.Entry
	// Seen is what the lab itself has answered, Met the quests kept as met
	// from earlier labs (read off the first frame's path), and Meet keeps one.
	Seen  func() map[int]time.Time
	Met   func() (map[int]time.Time, error)
	Meet  func(code int, at time.Time) error
	Reset func()
}

// logLines is how many requests the screen keeps.
const logLines = 200

// labScreen lists the quests, ticks each one off the moment the lab answers
// its code, and shows the requests as they come; enter opens a quest's card.
type labScreen struct {
	sh            *shared
	view          *LabView
	met           map[int]time.Time
	log           []lab.Entry
	cursor        int
	notice        string // the last quest met, in words
	card          bool   // the selected quest's card is open
	scroll        scroller
	width, height int
}

type labEntryMsg lab.Entry

type labMetMsg struct {
	met map[int]time.Time
	err error
}

func newLabScreen(sh *shared, view *LabView) *labScreen {
	return &labScreen{sh: sh, view: view, met: map[int]time.Time{}}
}

// listen starts reading the lab's requests and the quests met before.
func (s *labScreen) listen() tea.Cmd {
	return tea.Batch(nextEntry(s.view.Entries), loadMet(s.view))
}

// questsOpenedMsg is the lab started for the menu's quests, or why not.
type questsOpenedMsg struct {
	view *LabView
	err  error
}

// openQuests starts the quests' lab: it binds a port, so it runs as a
// command, never in Update.
func openQuests(start func() (*LabView, error)) tea.Cmd {
	return func() tea.Msg {
		view, err := start()
		return questsOpenedMsg{view, err}
	}
}

// questsOpened shows the quests screen, made the first time its lab is
// known, or goes back to the menu saying why there is none.
func (m Model) questsOpened(msg questsOpenedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		return m.goTo(goMsg{to: toMenu, notice: "The lab's quests are not available: " + msg.err.Error()})
	}
	var cmd tea.Cmd
	if m.sh.quests == nil {
		m.sh.quests = newLabScreen(m.sh, msg.view)
		cmd = m.sh.quests.listen()
	}
	m.screen = m.sh.quests
	m.screen.SetSize(m.bodySize())
	return m, cmd
}

// standalone is the quests screen that httpquiz lab opens: quitting it ends
// the program, where from the menu it goes back.
func (s *labScreen) standalone() bool { return s.sh.opts.Start == StartLab }

// loadMet reads the quests met in earlier labs.
func loadMet(v *LabView) tea.Cmd {
	if v.Met == nil {
		return nil
	}
	return func() tea.Msg {
		met, err := v.Met()
		return labMetMsg{met, err}
	}
}

// nextEntry waits for the lab's next answered request.
func nextEntry(entries <-chan lab.Entry) tea.Cmd {
	return func() tea.Msg {
		e, ok := <-entries
		if !ok {
			return nil
		}
		return labEntryMsg(e)
	}
}

func (s *labScreen) SetSize(w, h int) { s.width, s.height = w, h }

func (s *labScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case labEntryMsg:
		return s, tea.Batch(s.observe(lab.Entry(msg)), nextEntry(s.view.Entries))
	case labMetMsg:
		for code, at := range msg.met {
			if _, ok := s.met[code]; !ok {
				s.met[code] = at
			}
		}
		if msg.err != nil {
			return s, func() tea.Msg { return progressErrMsg{msg.err} }
		}
	case tea.KeyPressMsg:
		return s, s.key(msg)
	}
	return s, nil
}

// observe logs a request and, if its status is a quest not met yet, ticks
// it off and keeps it.
func (s *labScreen) observe(e lab.Entry) tea.Cmd {
	s.log = append(s.log, e)
	if len(s.log) > logLines {
		s.log = s.log[len(s.log)-logLines:]
	}
	var cmds []tea.Cmd
	if s.view.Seen != nil { // requests the log had no room for still count
		for code, at := range s.view.Seen() {
			if _, done := s.met[code]; !done && code != e.Status {
				if _, ok := lab.QuestFor(code); ok {
					cmds = append(cmds, s.meet(code, at))
				}
			}
		}
	}
	if !e.Bookkeeping {
		cmds = append(cmds, s.meet(e.Status, e.Time))
	}
	return tea.Batch(cmds...)
}

// meet ticks a quest off and keeps it, once.
func (s *labScreen) meet(code int, at time.Time) tea.Cmd {
	q, isQuest := lab.QuestFor(code)
	if _, done := s.met[code]; !isQuest || done {
		return nil
	}
	s.met[code] = at
	s.notice = fmt.Sprintf("✓ Quest met: %s. %s", s.title(q.Code), s.summary(q.Code))
	keep := s.view.Meet
	if keep == nil {
		return nil
	}
	return func() tea.Msg {
		if err := keep(code, at); err != nil {
			return progressErrMsg{err}
		}
		return nil
	}
}

func (s *labScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.keys
	if s.card {
		switch {
		case s.scroll.update(msg, k):
		case keyIs(msg, k.Back), keyIs(msg, k.Choose):
			s.card = false
		}
		return nil
	}
	switch {
	case keyIs(msg, k.Up):
		s.cursor = (s.cursor - 1 + len(lab.Quests)) % len(lab.Quests)
	case keyIs(msg, k.Down):
		s.cursor = (s.cursor + 1) % len(lab.Quests)
	case keyIs(msg, k.Top):
		s.cursor = 0
	case keyIs(msg, k.Bottom):
		s.cursor = len(lab.Quests) - 1
	case keyIs(msg, k.Choose):
		s.card, s.scroll = true, scroller{}
	case msg.String() == "r" && s.view.Reset != nil:
		s.view.Reset()
		s.notice = "The lab is back as it started: demo and eve, notes 1 and 2. Met quests stay met."
	case keyIs(msg, k.Back) && s.standalone():
		return tea.Quit
	case keyIs(msg, k.Back):
		return goTo(toLab)
	}
	return nil
}

func (s *labScreen) title(code int) string {
	if c := s.sh.content.Catalogue; c != nil {
		if e, ok := c.Lookup(code); ok {
			return e.Title()
		}
	}
	return strconv.Itoa(code) + " " + http.StatusText(code)
}

func (s *labScreen) summary(code int) string {
	if c := s.sh.content.Catalogue; c != nil {
		if e, ok := c.Lookup(code); ok {
			return e.Summary
		}
	}
	return ""
}

func (s *labScreen) View() string {
	if s.card {
		s.scroll.set(s.cardView(), s.height)
		return s.scroll.view(s.sh.styles)
	}
	st := s.sh.styles
	core, coreMet, others, othersMet := 0, 0, 0, 0
	for _, q := range lab.Quests {
		_, met := s.met[q.Code]
		switch {
		case q.Core && met:
			coreMet++
		case met:
			othersMet++
		}
		if q.Core {
			core++
		} else {
			others++
		}
	}
	var b strings.Builder
	b.WriteString(theme.Header(st, "httpquiz lab", content.Safe(s.view.URL), s.width) + "\n")
	b.WriteString(theme.Wrap(st.Muted.Render("From another terminal: curl -i "+content.Safe(s.view.URL)+"/notes"), s.width) + "\n")
	b.WriteString(st.Strong.Render(fmt.Sprintf("Core codes %d of %d", coreMet, core)) +
		st.Muted.Render(fmt.Sprintf(" · more codes %d of %d", othersMet, others)) + "\n")
	if s.notice != "" {
		b.WriteString(theme.Wrap(st.Good.Render(s.notice), s.width) + "\n")
	}
	b.WriteString("\n")
	logRows := min(max(s.height/4, 2), 6)
	questRows := max(s.height-strings.Count(b.String(), "\n")-logRows-2, 3)
	b.WriteString(s.questsView(questRows) + "\n\n")
	b.WriteString(s.logView(logRows))
	return b.String()
}

// questsView is a window of the quest list that keeps the cursor in sight.
func (s *labScreen) questsView(rows int) string {
	st := s.sh.styles
	start := min(max(s.cursor-rows/2, 0), max(len(lab.Quests)-rows, 0))
	var lines []string
	for i := start; i < min(start+rows, len(lab.Quests)); i++ {
		q := lab.Quests[i]
		mark, tone := "·", st.Muted
		if _, met := s.met[q.Code]; met {
			mark, tone = "✓", st.Good
		}
		pointer := "  "
		if i == s.cursor {
			pointer = st.Heading.Render("▸ ")
		}
		line := pointer + tone.Render(mark) + " " + st.Code(q.Code).Render(strconv.Itoa(q.Code)) + "  " + st.Text.Render(q.Ask)
		lines = append(lines, theme.Truncate(line, s.width))
	}
	return strings.Join(lines, "\n")
}

// logView is the latest requests, newest last, each with its code's meaning.
func (s *labScreen) logView(rows int) string {
	st := s.sh.styles
	lines := []string{st.Heading.Render("Requests")}
	if len(s.log) == 0 {
		lines = append(lines, st.Muted.Render("None yet: the lab is waiting for your first request."))
	}
	for _, e := range s.log[max(len(s.log)-rows+1, 0):] {
		line := st.Muted.Render(e.Time.Format("15:04:05")+"  ") + st.Strong.Render(content.Printable(e.Method, 8)+" "+content.Printable(e.Path, 60)) +
			"  " + st.Code(e.Status).Render(s.title(e.Status)) + st.Muted.Render(" · "+s.summary(e.Status))
		lines = append(lines, ansi.Truncate(line, s.width, "…"))
	}
	return strings.Join(lines, "\n")
}

// cardView is the selected quest in full: what to do, what the code means,
// and how your own API would answer it, in Go and in Flask.
func (s *labScreen) cardView() string {
	st := s.sh.styles
	q := lab.Quests[s.cursor]
	state := st.Muted.Render("not met yet")
	if at, met := s.met[q.Code]; met {
		state = st.Good.Render("✓ met at " + at.Format("15:04:05"))
	}
	w := s.width
	out := []string{
		theme.Header(st, s.title(q.Code), "q back", w), "",
		st.Strong.Render(q.Ask) + "  " + state,
		theme.Wrap(st.Muted.Render("Try: "+q.Hint+", at "+content.Safe(s.view.URL)), w), "",
		theme.Wrap(st.Text.Render(s.summary(q.Code)), w),
	}
	if c, ok := lab.CardFor(q.Code); ok {
		out = append(out, "", st.Heading.Render("How your own API does it, in Go (net/http):"), s.code(c.Go),
			"", st.Heading.Render("And in Python (Flask):"), s.code(c.Flask))
	}
	return strings.Join(out, "\n")
}

// code is a snippet, indented, each line whole or cut with an ellipsis:
// code that wraps would read as other code.
func (s *labScreen) code(snippet string) string {
	lines := strings.Split(snippet, "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(s.sh.styles.Text.Render("    "+l), s.width, "…")
	}
	return strings.Join(lines, "\n")
}

func (s *labScreen) Keys() helpKeys {
	k := s.sh.keys
	if s.card {
		back := withHelp(k.Back, "q/enter", "back")
		short := []key.Binding{back, k.Help}
		if s.scroll.overflows() {
			short = append(scrollKeys(k), short...)
		}
		return helpKeys{short: short, full: [][]key.Binding{allScrollKeys(k), {back, k.Quit}}}
	}
	card := withHelp(k.Choose, "enter", "the quest's card")
	reset := key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reset the lab"))
	quit := withHelp(k.Back, "q", "back")
	if s.standalone() {
		quit = withHelp(k.Back, "q", "quit")
	}
	return helpKeys{short: []key.Binding{k.Up, k.Down, card, reset, quit, k.Help},
		full: [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {card, reset}, {quit, k.Quit}}}
}
