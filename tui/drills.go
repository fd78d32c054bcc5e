package tui

import (
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
	for _, d := range content.Drills() {
		p.list.items = append(p.list.items, choice{d.Name, d.Title, send(goMsg{to: toRound, spec: round.Drill(d, quiz.DefaultCount)})})
	}
	return p
}

func (p *drillPicker) SetSize(w, h int) { p.width, p.height = w, h }

func (p *drillPicker) Update(msg tea.Msg) (screen, tea.Cmd) {
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
