package tui

import (
	"strconv"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
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
)

// goMsg asks the root model to change screens. Screens send it as a command
// instead of reaching for each other.
type goMsg struct {
	to     destination
	round  Round
	play   *play
	result quiz.Result
	notice string // shown on the menu, for example why a round could not start
}

// quitMsg asks the program to end.
type quitMsg struct{}

func goTo(to destination) tea.Cmd { return func() tea.Msg { return goMsg{to: to} } }

func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// play is a round in progress: its session and how it was asked for.
type play struct {
	round   Round
	session *quiz.Session
}

// drill returns the round's drill, if it is one.
func (p *play) drill() *content.Drill { return p.round.Config.Drill }

func (m Model) goTo(msg goMsg) (tea.Model, tea.Cmd) {
	if !m.sh.loaded && msg.to != toMenu && msg.to != toDrills {
		// Asked for before the content is in: remember and wait for it.
		if msg.to == toRound {
			r := msg.round
			m.pending = &r
		}
		m.screen = newLoading(m.sh)
		m.screen.SetSize(m.bodySize())
		return m, nil
	}
	switch msg.to {
	case toMenu:
		menu := newMenu(m.sh)
		menu.notice = msg.notice
		m.screen = menu
	case toDrills:
		m.screen = newDrillPicker(m.sh)
	case toRound:
		return m.startRound(msg.round)
	case toQuestion:
		msg.play.session.Begin()
		m.screen = newQuestion(m.sh, msg.play)
	case toFeedback:
		m.screen = newFeedback(m.sh, msg.play, msg.result)
	case toResults:
		m.screen = newResults(m.sh, msg.play)
	case toBrowse:
		m.screen = newBrowser(m.sh)
	}
	m.screen.SetSize(m.bodySize())
	return m, nil
}

func (m Model) startRound(r Round) (tea.Model, tea.Cmd) {
	if r.RandomSeed && m.sh.opts.Seed != nil {
		r.Config.Seed = m.sh.opts.Seed()
	}
	s, err := quiz.New(m.sh.content.Catalogue, m.sh.content.Deck, r.Config, m.sh.opts.Clock)
	if err != nil {
		return m.goTo(goMsg{to: toMenu, notice: "Could not start that round: " + err.Error()})
	}
	p := &play{round: r, session: s}
	if d := p.drill(); d != nil {
		m.screen = newLesson(m.sh, p)
		m.screen.SetSize(m.bodySize())
		return m, nil
	}
	return m.goTo(goMsg{to: toQuestion, play: p})
}

func itoa(n int) string { return strconv.Itoa(n) }
