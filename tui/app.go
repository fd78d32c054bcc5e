package tui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/theme"
)

// The smallest window the interface draws in; below it, a notice asks for more room.
const (
	MinWidth  = 50
	MinHeight = 16
)

// screen is one page of the interface. Only the root model talks to Bubble
// Tea; screens draw strings into the space they are given.
type screen interface {
	Update(msg tea.Msg) (screen, tea.Cmd)
	View() string
	SetSize(width, height int)
	Keys() helpKeys
}

// Start says which screen httpquiz opens on.
type Start int

// The ways in.
const (
	StartMenu Start = iota
	StartRound
	StartBrowse
	StartReview
	StartStats
	// StartLab opens on the lab's quests; Options.Lab says where it runs.
	StartLab
)

// Options configure the interface.
type Options struct {
	Start Start
	// Spec is the round to play at once when Start is StartRound.
	Spec round.Spec
	// Load reads the catalogue and the deck; it runs off the first frame's path.
	Load func() (round.Content, error)
	// Clock times the rounds; Seed draws the seed of rounds that ask for a
	// random one.
	Clock round.Clock
	Seed  func() uint64
	// Profile is the terminal's color profile, decided by the caller.
	Profile colorprofile.Profile
	// Progress keeps answers, review state and stats; nil keeps nothing.
	Progress *store.Lazy
	// ProgressErr is why there is no Progress, when there should be one: it is
	// announced from the first frame.
	ProgressErr error
	// Version is recorded with every round.
	Version string
	// Review configures review rounds.
	Review round.ReviewOptions
	// Theme names the palette (see theme.Themes); empty is the default.
	Theme string
	// Goal is the daily goal in answers on the Today card; 0 is round.DefaultGoal.
	Goal int
	// Lab is the running lab, for StartLab.
	Lab *LabView
	// Quests starts, or returns once started, a lab for the quests screen
	// that the menu opens; without it, the menu says to run httpquiz lab.
	Quests func() (*LabView, error)
	// Predict starts, or returns once started, the lab that a round's lab
	// questions are sent to. Rounds that may ask them call it as they start;
	// without it, or when it fails, review asks none.
	Predict func() (LabLink, error)
}

// LabLink is a running lab for lab questions: where it listens, and how to
// put it back as it started, as each question is asked.
type LabLink struct {
	URL   string
	Reset func()
}

// shared is what every screen reads: styles, keys and the loaded content.
type shared struct {
	styles  theme.Styles
	keys    KeyMap
	content round.Content
	loaded  bool
	opts    Options
	// saveErr is why progress is not being saved, once a write has failed.
	saveErr error
	// lab is the lab that lab questions go to, once a round has asked for it.
	lab LabLink
	// quests is the quests screen, once open: its lab's requests reach it
	// while other screens show, so that none is missed.
	quests *labScreen
	// styleGen counts style changes (the background became known), so that
	// cached drawings know when they are stale.
	styleGen int
}

// Model is the root model: it owns the active screen, the window size, the
// help line, and decides what the terminal shows.
type Model struct {
	sh       *shared
	screen   screen
	help     help.Model
	width    int
	height   int
	pending  *round.Spec // a round asked for before the content finished loading
	loadErr  error
	quitting bool
	helpLine *cachedHelp
}

// cachedHelp keeps the last help line drawn: drawing it is a good part of a
// frame's cost, and it rarely changes between frames.
type cachedHelp struct {
	key  string
	text string
}

// helpView draws the help line for the active screen, from the cache when the
// keys, width and mode are unchanged.
func (m Model) helpView() string {
	keys := m.screen.Keys()
	var sig strings.Builder
	fmt.Fprintf(&sig, "%d %v %d|", m.pageWidth(), m.help.ShowAll, m.sh.styleGen)
	for _, b := range keys.ShortHelp() {
		sig.WriteString(b.Help().Key + "=" + b.Help().Desc + ";")
	}
	for _, col := range keys.FullHelp() {
		for _, b := range col {
			sig.WriteString(b.Help().Key + "=" + b.Help().Desc + ";")
		}
		sig.WriteString("|")
	}
	if m.helpLine.key != sig.String() {
		m.helpLine.key, m.helpLine.text = sig.String(), m.fittedHelp(keys)
	}
	return m.helpLine.text
}

// New builds the root model.
func New(opts Options) Model {
	sh := &shared{styles: theme.NewStyles(theme.Named(opts.Theme, true)), keys: DefaultKeyMap(), opts: opts, saveErr: opts.ProgressErr}
	m := Model{sh: sh, help: help.New(), helpLine: &cachedHelp{}}
	m.help.Styles = help.DefaultStyles(true)
	switch opts.Start {
	case StartRound:
		spec := opts.Spec
		m.pending = &spec
		m.screen = newLoading(sh)
	case StartBrowse, StartReview, StartStats:
		m.screen = newLoading(sh)
	case StartLab:
		sh.quests = newLabScreen(sh, opts.Lab) // the lab listens already: its screen needs nothing loaded
		m.screen = sh.quests
	default:
		m.screen = newMenu(sh)
	}
	return m
}

// Err reports why the interface could not start its work, if it could not.
func (m Model) Err() error { return m.loadErr }

type loadedMsg struct {
	content round.Content
	err     error
}

// Init asks the terminal for its background color, loads the content and
// opens the progress database, all in the background: the first frame waits
// for none of them. A database that cannot be used is announced at once.
func (m Model) Init() tea.Cmd {
	load, progress := m.sh.opts.Load, m.sh.opts.Progress
	var entries tea.Cmd
	if s := m.sh.quests; s != nil {
		entries = s.listen()
	}
	return tea.Batch(tea.RequestBackgroundColor, entries, func() tea.Msg {
		b, err := load()
		return loadedMsg{b, err}
	}, func() tea.Msg {
		if progress == nil {
			return nil
		}
		if _, err := progress.Get(); err != nil {
			return progressErrMsg{err}
		}
		return nil
	})
}

// Update routes messages: global keys and window events here, the rest to the
// active screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(max(msg.Width-2, 0))
		m.screen.SetSize(m.bodySize())
		return m, nil
	case tea.BackgroundColorMsg:
		m.sh.styles = theme.NewStyles(theme.Named(m.sh.opts.Theme, msg.IsDark()))
		m.help.Styles = help.DefaultStyles(msg.IsDark())
		m.sh.styleGen++
		return m, nil
	case tea.KeyPressMsg:
		switch {
		case msg.String() == "ctrl+c":
			m.quitting = true
			return m, tea.Quit
		case msg.String() == "ctrl+z":
			// Stop as any terminal program does: the shell gets the
			// terminal, and what is typed there never reaches a question.
			return m, tea.Suspend
		case msg.String() == "?":
			m.help.ShowAll = !m.help.ShowAll
			m.screen.SetSize(m.bodySize())
			return m, nil
		}
	case tea.ResumeMsg:
		return m, tea.ClearScreen // the shell drew over the screen: draw it whole
	case loadedMsg:
		return m.loaded(msg)
	case tickMsg:
		return m.onTick(msg)
	case goMsg:
		return m.goTo(msg)
	case quitMsg:
		m.quitting = true
		return m, tea.Quit
	case savedMsg:
		if msg.saved {
			msg.play.saved = max(msg.play.saved, msg.n)
		}
		m.noteSaveError(msg.err)
		return m, nil
	case progressErrMsg:
		m.noteSaveError(msg.err)
		return m, nil
	case reviewPlanMsg:
		if msg.err != nil {
			return m.goTo(goMsg{to: toMenu, notice: "Review is not available: " + msg.err.Error()})
		}
		m.screen = newReviewIntro(m.sh, msg.plan)
		m.screen.SetSize(m.bodySize())
		return m, nil
	case labOpenedMsg:
		return m.playRound(msg)
	case questsOpenedMsg:
		return m.questsOpened(msg)
	case labEntryMsg, labMetMsg:
		if m.sh.quests == nil {
			return m, nil
		}
		_, cmd := m.sh.quests.Update(msg)
		return m, cmd
	case statsMsg:
		if msg.err != nil {
			return m.goTo(goMsg{to: toMenu, notice: "Stats are not available: " + msg.err.Error()})
		}
		m.screen = &statsScreen{sh: m.sh, stats: msg.stats}
		m.screen.SetSize(m.bodySize())
		return m, nil
	}
	var cmd tea.Cmd
	m.screen, cmd = m.screen.Update(msg)
	return m, cmd
}

func (m Model) loaded(msg loadedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.loadErr = msg.err
		return m, tea.Quit
	}
	m.sh.content, m.sh.loaded = msg.content, true
	switch {
	case m.pending != nil:
		spec := *m.pending
		m.pending = nil
		return m.goTo(goMsg{to: toRound, spec: spec})
	case m.sh.opts.Start == StartBrowse:
		return m.goTo(goMsg{to: toBrowse})
	case m.sh.opts.Start == StartReview:
		return m.goTo(goMsg{to: toReview})
	case m.sh.opts.Start == StartStats:
		return m.goTo(goMsg{to: toStats})
	}
	if _, ok := m.screen.(*menu); ok {
		return m, loadToday(m.sh)
	}
	return m, nil
}

// fittedHelp draws the help at the page's width. A short help line that
// does not fit loses its least important keys, those just before "? more
// keys", which stays: it leads to all the others.
func (m Model) fittedHelp(keys helpKeys) string {
	h := m.help
	h.SetWidth(0)
	width := m.pageWidth()
	for !h.ShowAll && len(keys.short) > 2 && lipgloss.Width(h.View(keys)) > width {
		keys.short = append(keys.short[:len(keys.short)-2:len(keys.short)-2], keys.short[len(keys.short)-1])
	}
	h.SetWidth(width)
	return h.View(keys)
}

// noteSaveError keeps the first reason progress could not be saved: from then
// on a line above the help says so.
func (m Model) noteSaveError(err error) {
	if err != nil && m.sh.saveErr == nil {
		m.sh.saveErr = err
		m.screen.SetSize(m.bodySize()) // the warning takes a line
	}
}

// bodySize is the room a screen has: the window less a margin, the help line
// and, when progress is not being saved, the line that says so.
func (m Model) bodySize() (int, int) {
	lines := 1
	if m.help.ShowAll {
		lines = lipgloss.Height(m.helpView())
	}
	if m.sh.saveErr != nil {
		lines += strings.Count(m.saveWarning(), "\n") + 1
	}
	return m.pageWidth(), max(m.height-lines-1, 0)
}

// MaxPageWidth bounds the page on a wide terminal: lines longer than this
// are hard to read, so the page is centered instead. A screen made of panes
// side by side (the browser) takes the whole width.
const MaxPageWidth = 90

// wide is a screen that uses the whole width of the window.
type wide interface{ wide() bool }

// pageWidth is the width screens draw in.
func (m Model) pageWidth() int {
	w := max(m.width-2, 0)
	if s, ok := m.screen.(wide); ok && s.wide() {
		return w
	}
	return min(w, MaxPageWidth)
}

// margin is the left margin that centers the page in the window.
func (m Model) margin() int { return max((m.width-m.pageWidth())/2, 1) }

// saveWarning says, in at most two lines, that progress is not being saved and why.
func (m Model) saveWarning() string {
	why := strings.TrimPrefix(m.sh.saveErr.Error(), "not saving progress: ")
	var se *store.Error
	if errors.As(m.sh.saveErr, &se) {
		why = "the database " + se.What
	}
	lines := strings.Split(theme.Wrap("⚠ Not saving progress: "+why, max(m.pageWidth(), 1)), "\n")
	return m.sh.styles.Warn.Render(strings.Join(lines[:min(len(lines), 2)], "\n"))
}

// View draws the active screen and the help line, or a notice when the window
// is too small to be useful.
func (m Model) View() tea.View {
	v := tea.NewView("")
	v.AltScreen = true
	v.WindowTitle = "httpquiz"
	if m.quitting {
		return v
	}
	if m.width < MinWidth || m.height < MinHeight {
		v.Content = tooSmall(m.width, m.height, m.sh.styles)
		return v
	}
	w, h := m.bodySize()
	page := theme.Squeeze(m.screen.View(), h) + "\n"
	if m.sh.saveErr != nil {
		page += m.saveWarning() + "\n"
	}
	page += m.helpView()
	v.Content = indent(theme.FitWidth(page, w), m.margin())
	return v
}

// tooSmall is the notice shown in a window below the minimum size.
func tooSmall(w, h int, st theme.Styles) string {
	msg := "Make the window larger"
	detail := "httpquiz needs " + itoa(MinWidth) + "×" + itoa(MinHeight) + "; this one is " + itoa(w) + "×" + itoa(h) + "."
	text := st.Strong.Render(msg) + "\n" + st.Muted.Render(detail) + "\n" + st.Muted.Render("ctrl+c quits")
	if w <= 0 || h <= 0 {
		return ""
	}
	return lipgloss.NewStyle().MaxWidth(w).MaxHeight(h).Render(lipgloss.Wrap(text, w, " "))
}
