package tui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// newDrillPicker lists the drills, and first the learner's own when there
// is progress to make it from.
func newDrillPicker(sh *shared) *picker {
	p := &picker{sh: sh, title: "Drills", sub: "codes people mix up",
		intro: "Each drill opens with a short lesson, then asks 10 questions on one group of look-alike codes.",
		own: func(msg tea.Msg) (tea.Cmd, bool) {
			if _, ok := msg.(mineMsg); ok {
				return mineDrill(sh), true
			}
			return nil, false
		}}
	if sh.opts.Progress != nil {
		p.list.items = append(p.list.items, choice{round.MineDrill, "The pairs you have confused most, from your progress", send(mineMsg{})})
	}
	for _, d := range content.Drills() {
		p.list.items = append(p.list.items, choice{d.Name, d.Title, send(goMsg{to: toRound, spec: round.Drill(d, quiz.DefaultCount)})})
	}
	return p
}

// mineMsg asks for the drill of the learner's own mix-ups.
type mineMsg struct{}

// mineDrill reads the learner's mix-ups in the background and starts their
// drill, or goes back to the menu saying why it cannot. It is made when
// asked for, once the catalogue is in.
func mineDrill(sh *shared) tea.Cmd {
	if !sh.loaded {
		return send(goMsg{to: toMenu, notice: "The catalogue is still loading: try your drill again in a moment."})
	}
	progress, cat := sh.opts.Progress, sh.content.Catalogue
	return func() tea.Msg {
		spec, err := round.MyMixUps(context.Background(), progress, cat, quiz.DefaultCount)
		if err != nil {
			return goMsg{to: toMenu, notice: "No drill of your own yet: " + err.Error()}
		}
		return goMsg{to: toRound, spec: spec}
	}
}
