package tui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/theme"
)

// drillPicker lists the drills.
type drillPicker struct {
	sh            *shared
	list          choices
	width, height int
}

func newDrillPicker(sh *shared) *drillPicker {
	p := &drillPicker{sh: sh}
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

func (p *drillPicker) SetSize(w, h int) { p.width, p.height = w, h }

func (p *drillPicker) Update(msg tea.Msg) (screen, tea.Cmd) {
	if _, ok := msg.(mineMsg); ok {
		return p, mineDrill(p.sh)
	}
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		if key.Matches(msg, p.sh.keys.Back) {
			return p, goTo(toMenu)
		}
		if len(p.list.items) > 0 {
			return p, p.list.update(msg, p.sh.keys)
		}
	}
	return p, nil
}

func (p *drillPicker) View() string {
	st := p.sh.styles
	out := theme.Header(st, "Drills", "codes people mix up", p.width) + "\n\n" +
		theme.Wrap(st.Text.Render("Each drill opens with a short lesson, then asks 10 questions on one group of look-alike codes."), p.width) +
		"\n\n"
	return out + p.list.view(st, p.width)
}

func (p *drillPicker) Keys() helpKeys {
	k := p.sh.keys
	return helpKeys{
		short: []key.Binding{k.Up, k.Down, withHelp(k.Choose, "enter", "start"), k.Back, k.Help},
		full:  [][]key.Binding{{k.Up, k.Down, k.Choose}, {k.Back, k.Quit}},
	}
}
