package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/theme"
)

// menu is the first screen: what to do now.
type menu struct {
	sh            *shared
	list          choices
	notice        string
	width, height int
}

func newMenu(sh *shared) *menu {
	practice := round.Practice(quiz.DefaultCount, "", false)
	typed := round.Practice(quiz.DefaultCount, "", true)
	return &menu{sh: sh, list: choices{items: []choice{
		{"Practice", "10 mixed questions from the whole bank", send(goMsg{to: toRound, spec: practice})},
		{"Typed practice", "the same, answered by typing the code", send(goMsg{to: toRound, spec: typed})},
		{"Drills", "focus on codes people mix up: 401/403, redirects, ...", goTo(toDrills)},
		{"Review", "the codes you miss come back on a spaced schedule", goTo(toReview)},
		{"Stats", "your accuracy by class and code, and what you mix up", goTo(toStats)},
		{"Browse codes", "every registered status code, explained", goTo(toBrowse)},
		{"Quit", "", send(quitMsg{})},
	}}}
}

func (m *menu) SetSize(w, h int) { m.width, m.height = w, h }

func (m *menu) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		if key.Matches(msg, m.sh.keys.Back) {
			return m, send(quitMsg{})
		}
		m.notice = ""
		return m, m.list.update(msg, m.sh.keys)
	}
	return m, nil
}

func (m *menu) View() string {
	st := m.sh.styles
	out := theme.Header(st, "httpquiz", "learn HTTP status codes", m.width) + "\n\n" +
		theme.Wrap(st.Text.Render("Pick a way to practice. Every answer explains itself; a code you miss comes back later in the round."), m.width) +
		"\n\n" + m.list.view(st, m.width)
	if m.notice != "" {
		out += "\n\n" + theme.Wrap(st.Warn.Render(m.notice), m.width)
	}
	return out
}

func (m *menu) Keys() helpKeys {
	k := m.sh.keys
	short := []key.Binding{k.Up, k.Down, k.Choose, withHelp(k.Back, "q", "quit"), k.Help}
	return helpKeys{short: short, full: [][]key.Binding{{k.Up, k.Down, k.Choose}, {withHelp(k.Back, "q/esc", "quit"), k.Quit}}}
}
