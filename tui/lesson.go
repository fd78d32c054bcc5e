package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// lesson is the card a drill opens with: the distinction in a few lines.
type lesson struct {
	sh            *shared
	play          *play
	width, height int
}

func newLesson(sh *shared, p *play) *lesson { return &lesson{sh: sh, play: p} }

func (l *lesson) SetSize(w, h int) { l.width, l.height = w, h }

func (l *lesson) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(msg, l.sh.keys.Choose):
			return l, send(goMsg{to: toQuestion, play: l.play})
		case key.Matches(msg, l.sh.keys.Back):
			return l, goTo(toDrills)
		}
	}
	return l, nil
}

func (l *lesson) View() string {
	st := l.sh.styles
	d := l.play.drill()
	body := lipglossBox(st, l.width,
		st.Strong.Render(d.Title)+"\n\n"+
			st.Text.Render(d.Lesson)+"\n\n"+
			st.Heading.Render("Remember: ")+st.Strong.Render(d.Mnemonic))
	return header(st, l.play.round.Title, itoa(l.play.session.Len())+" questions", l.width) + "\n\n" +
		body + "\n\n" + st.Muted.Render("Press enter to start.")
}

func (l *lesson) Keys() helpKeys {
	k := l.sh.keys
	return helpKeys{
		short: []key.Binding{withHelp(k.Choose, "enter", "start"), k.Back, k.Help},
		full:  [][]key.Binding{{withHelp(k.Choose, "enter/space", "start")}, {k.Back, k.Quit}},
	}
}
