package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/theme"
)

// picker is a page of the menu: a header, a paragraph on what the page
// offers, and its choices; back returns to the menu.
type picker struct {
	sh                *shared
	title, sub, intro string
	list              choices
	// own answers the messages the page's choices send to the page itself.
	own           func(tea.Msg) (tea.Cmd, bool)
	width, height int
}

func (p *picker) SetSize(w, h int) { p.width, p.height = w, h }

func (p *picker) Update(msg tea.Msg) (screen, tea.Cmd) {
	if p.own != nil {
		if cmd, ok := p.own(msg); ok {
			return p, cmd
		}
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

func (p *picker) View() string {
	st := p.sh.styles
	return theme.Header(st, p.title, p.sub, p.width) + "\n\n" +
		theme.Wrap(st.Text.Render(p.intro), p.width) + "\n\n" +
		p.list.view(st, p.width)
}

func (p *picker) Keys() helpKeys {
	k := p.sh.keys
	return helpKeys{
		short: []key.Binding{k.Up, k.Down, withHelp(k.Choose, "enter", "start"), k.Back, k.Help},
		full:  [][]key.Binding{{k.Up, k.Down, k.Choose}, {k.Back, k.Quit}},
	}
}
