package tui

import (
	"errors"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// destination names a screen to go to.
type destination int

const (
	toMenu destination = iota
	toDrills
	toRound
	toQuestion
	toFeedback
	toResults
	toBrowse
	toReview
	toStats
	toLab
	toQuests
)

// goMsg asks the root model to change screens. Screens send it as a command
// instead of reaching for each other.
type goMsg struct {
	to     destination
	spec   round.Spec
	play   *play
	result quiz.Result
	notice string // shown on the menu, for example why a round could not start
}

// quitMsg asks the program to end.
type quitMsg struct{}

func goTo(to destination) tea.Cmd { return func() tea.Msg { return goMsg{to: to} } }

func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// play is a round in progress on this screen: the round itself, and the
// recorder that keeps its answers.
type play struct {
	*round.Play
	rec   *round.Recorder
	saved int // answers known to be on disk; changed in Update only
}

// savedMsg reports that answer n (1-based) of a round was kept, or why not.
type savedMsg struct {
	play  *play
	n     int
	saved bool
	err   error
}

// progressErrMsg reports a failure to read or write progress outside an answer.
type progressErrMsg struct{ err error }

// record returns the command that keeps answer n: the recorder touches the
// disk, so it never runs in Update.
func (p *play) record(n int, r quiz.Result) tea.Cmd {
	at := p.ClosedAt()
	return func() tea.Msg {
		saved, err := p.rec.Record(n, r, at)
		return savedMsg{play: p, n: n, saved: saved, err: err}
	}
}

// end returns the command that records how the round ended.
func (p *play) end() tea.Cmd {
	sum, at := p.Summary(), p.ClosedAt()
	return func() tea.Msg {
		if err := p.rec.End(sum, at); err != nil {
			return progressErrMsg{err}
		}
		return nil
	}
}

func (m Model) goTo(msg goMsg) (tea.Model, tea.Cmd) {
	if !m.sh.loaded && msg.to != toMenu && msg.to != toDrills && msg.to != toLab && msg.to != toQuests {
		// Asked for before the content is in: remember and wait for it.
		if msg.to == toRound {
			spec := msg.spec
			m.pending = &spec
		}
		m.screen = newLoading(m.sh)
		m.screen.SetSize(m.bodySize())
		return m, nil
	}
	var cmd tea.Cmd
	switch msg.to {
	case toMenu:
		menu := newMenu(m.sh)
		menu.notice = msg.notice
		m.screen = menu
		cmd = loadToday(m.sh)
	case toDrills:
		m.screen = newDrillPicker(m.sh)
	case toRound:
		return m.startRound(msg.spec)
	case toQuestion:
		msg.play.Open()
		m.screen = newQuestion(m.sh, msg.play)
	case toFeedback:
		m.screen = newFeedback(m.sh, msg.play, msg.result)
		cmd = askLab(m.sh, msg.result.Question)
	case toResults:
		m.screen = newResults(m.sh, msg.play)
		cmd = msg.play.end()
	case toBrowse:
		m.screen = newBrowser(m.sh)
	case toReview:
		m.screen = newLoading(m.sh)
		cmd = planReview(m.sh)
	case toStats:
		m.screen = newLoading(m.sh)
		cmd = loadStats(m.sh)
	case toLab:
		m.screen = newLabPicker(m.sh)
	case toQuests:
		switch {
		case m.sh.quests != nil:
			m.screen = m.sh.quests
		case m.sh.opts.Quests == nil:
			return m.questsOpened(questsOpenedMsg{err: errors.New("run 'httpquiz lab' for the quests")})
		default:
			return m, openQuests(m.sh.opts.Quests) // the screen stays until the lab listens
		}
	}
	m.screen.SetSize(m.bodySize())
	return m, cmd
}

func (m Model) startRound(spec round.Spec) (tea.Model, tea.Cmd) {
	if waitsForLab(m.sh, spec) {
		m.screen = newLoading(m.sh)
		m.screen.SetSize(m.bodySize())
		return m, openLab(m.sh.opts.Predict, spec)
	}
	return m.playRound(labOpenedMsg{spec: spec})
}

// playRound starts a round once its lab, if it asks for one, is known.
func (m Model) playRound(opened labOpenedMsg) (tea.Model, tea.Cmd) {
	spec, err := roundForLab(m.sh, opened)
	if err != nil {
		return m.goTo(goMsg{to: toMenu, notice: "Could not start that round: " + err.Error()})
	}
	rp, err := round.Start(spec, m.sh.content, m.sh.opts.Clock, m.sh.opts.Seed)
	if err != nil {
		return m.goTo(goMsg{to: toMenu, notice: "Could not start that round: " + err.Error()})
	}
	p := &play{Play: rp, rec: round.NewRecorder(rp, m.sh.opts.Progress, m.sh.opts.Version)}
	switch {
	case spec.Timed != nil:
		m.screen = &timedIntro{sh: m.sh, play: p}
	case spec.Drill() != nil:
		m.screen = newLesson(m.sh, p)
	default:
		return m.goTo(goMsg{to: toQuestion, play: p})
	}
	m.screen.SetSize(m.bodySize())
	return m, nil
}

func itoa(n int) string { return strconv.Itoa(n) }
