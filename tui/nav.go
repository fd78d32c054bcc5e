package tui

import (
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
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

// play is a round in progress: its session, how it was asked for, and the
// recorder that saves its answers.
type play struct {
	round   Round
	session *quiz.Session
	rec     *recorder
	saved   int // answers known to be on disk; changed in Update only

	// The clocks of a timed round, changed in Update only.
	started       time.Time // the round's clock started
	questionShown time.Time // the current question appeared
	timeUp        bool      // the round's overall time ran out
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
	var cmd tea.Cmd
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
		msg.play.questionShown = m.sh.opts.Clock()
		m.screen = newQuestion(m.sh, msg.play)
	case toFeedback:
		m.screen = newFeedback(m.sh, msg.play, msg.result)
	case toResults:
		r := newResults(m.sh, msg.play)
		m.screen = r
		cmd = msg.play.rec.end(r.summary, m.sh.opts.Clock())
	case toBrowse:
		m.screen = newBrowser(m.sh)
	case toReview:
		m.screen = newLoading(m.sh)
		cmd = planReview(m.sh)
	case toStats:
		m.screen = newLoading(m.sh)
		cmd = loadStats(m.sh)
	}
	m.screen.SetSize(m.bodySize())
	return m, cmd
}

func (m Model) startRound(r Round) (tea.Model, tea.Cmd) {
	if r.RandomSeed && m.sh.opts.Seed != nil {
		r.Config.Seed = m.sh.opts.Seed()
	}
	if l := r.Limits; l != nil {
		r.Config.Timed = l.Timing()
	}
	s, err := quiz.New(m.sh.content.Catalogue, m.sh.content.Deck, r.Config, m.sh.opts.Clock)
	if err != nil {
		return m.goTo(goMsg{to: toMenu, notice: "Could not start that round: " + err.Error()})
	}
	p := &play{round: r, session: s, rec: &recorder{progress: m.sh.opts.Progress, round: store.Round{
		Mode: r.Mode, Seed: r.Config.Seed, DeckHash: m.sh.content.Deck.Hash(), Version: m.sh.opts.Version,
		Started: m.sh.opts.Clock(),
	}}}
	switch {
	case r.Limits != nil:
		m.screen = &timedIntro{sh: m.sh, play: p}
		m.screen.SetSize(m.bodySize())
		return m, nil
	case p.drill() != nil:
		m.screen = newLesson(m.sh, p)
		m.screen.SetSize(m.bodySize())
		return m, nil
	}
	return m.goTo(goMsg{to: toQuestion, play: p})
}

func itoa(n int) string { return strconv.Itoa(n) }
