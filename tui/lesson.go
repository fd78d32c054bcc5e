package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/theme"
)

// lesson is the card a drill opens with: the distinction in a few lines.
type lesson struct {
	sh            *shared
	play          *play
	scroll        scroller
	width, height int
}

func newLesson(sh *shared, p *play) *lesson { return &lesson{sh: sh, play: p} }

func (l *lesson) SetSize(w, h int) {
	l.width, l.height = w, h
	l.scroll.set(l.content(), h)
}

func (l *lesson) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case l.scroll.update(msg, l.sh.keys):
		case key.Matches(msg, l.sh.keys.Choose):
			return l, send(goMsg{to: toQuestion, play: l.play})
		case key.Matches(msg, l.sh.keys.Back):
			return l, goTo(toDrills)
		}
	}
	return l, nil
}

func (l *lesson) View() string {
	l.scroll.set(l.content(), l.height)
	return l.scroll.view(l.sh.styles)
}

func (l *lesson) content() string {
	st := l.sh.styles
	card := present.LessonOf(*l.play.Spec.Drill())
	text := st.Strong.Render(card.Title) + "\n\n" + st.Text.Render(card.Body)
	if card.Remember.Text != "" { // a drill of the learner's own mix-ups has no mnemonic
		text += "\n\n" + st.Heading.Render(card.Remember.Label+" ") + st.Strong.Render(card.Remember.Text)
	}
	body := lipglossBox(st, l.width, text)
	out := theme.Header(st, l.play.Spec.Title, present.Plural(l.play.Session.Len(), "question"), l.width) + "\n\n" + body + "\n\n"
	if note := present.Shortened(l.play.Play); note != "" {
		out += theme.Wrap(st.Warn.Render(note), l.width) + "\n\n"
	}
	return out + st.Muted.Render("Press enter to start.")
}

func (l *lesson) Keys() helpKeys {
	k := l.sh.keys
	start := withHelp(k.Choose, "enter", "start")
	h := helpKeys{
		short: []key.Binding{start, k.Back, k.Help},
		full:  [][]key.Binding{{start}, scrollKeys(k), {k.Back, k.Quit}},
	}
	if l.scroll.overflows() {
		h.short = append(scrollKeys(k), h.short...)
	}
	return h
}
