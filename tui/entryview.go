package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/theme"
)

// entryScreen reads one catalogue entry opened from another screen (the
// feedback), which back returns to as it was left.
type entryScreen struct {
	sh            *shared
	code          content.Code
	back          screen
	scroll        scroller
	width, height int
}

func newEntryScreen(sh *shared, code content.Code, back screen) *entryScreen {
	return &entryScreen{sh: sh, code: code, back: back}
}

func (e *entryScreen) SetSize(w, h int) {
	e.width, e.height = w, h
	e.back.SetSize(w, h) // so that it is right when it comes back
}

func (e *entryScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case e.scroll.update(msg, e.sh.keys):
		case keyIs(msg, e.sh.keys.Back), keyIs(msg, e.sh.keys.Choose):
			return e.back, nil
		default:
			// A confused code's number opens it; back comes back here.
			if other, ok := link(e.sh.content.Catalogue, e.code, msg.String()); ok {
				next := newEntryScreen(e.sh, other, e)
				next.width, next.height = e.width, e.height
				return next, nil
			}
		}
	}
	return e, nil
}

func (e *entryScreen) content() string {
	st := e.sh.styles
	hint := "q back"
	if h := linkHint(e.code); h != "" {
		hint = h + " · " + hint
	}
	return theme.Header(st, "Catalogue", hint, e.width) + "\n\n" +
		renderEntry(e.sh.content.Catalogue, e.code, e.width, st, true)
}

func (e *entryScreen) View() string {
	e.scroll.set(e.content(), e.height)
	return e.scroll.view(e.sh.styles)
}

func (e *entryScreen) Keys() helpKeys {
	k := e.sh.keys
	back := withHelp(k.Back, "q/enter", "back")
	short := []key.Binding{back, k.Help}
	if e.scroll.overflows() {
		short = append(scrollKeys(k), short...)
	}
	return helpKeys{short: short, full: [][]key.Binding{allScrollKeys(k), {back, k.Quit}}}
}
