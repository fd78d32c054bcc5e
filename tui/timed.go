package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/theme"
)

// tickMsg drives the clocks of a timed round.
type tickMsg struct {
	play *play
	at   time.Time
}

// tickEvery is how often a timed round checks its clocks and redraws them.
const tickEvery = 200 * time.Millisecond

// tick schedules the next clock check. Tests replace it to drive the clocks
// by hand.
var tick = func(p *play) tea.Cmd {
	return tea.Tick(tickEvery, func(t time.Time) tea.Msg { return tickMsg{play: p, at: t} })
}

// onTick enforces a timed round's clocks: the round says when the open
// question's time, or its own, has run out, and the feedback follows.
func (m Model) onTick(msg tickMsg) (tea.Model, tea.Cmd) {
	p := msg.play
	if p == nil || p.Done() || !m.showing(p) {
		return m, nil // the round is over or left: the clock stops
	}
	if q, ok := m.screen.(*question); ok && q.play == p {
		if r, closed := p.Tick(); closed {
			return m, tea.Batch(q.after(r), tick(p))
		}
	}
	return m, tick(p)
}

// showing reports whether the active screen belongs to the round.
func (m Model) showing(p *play) bool {
	switch s := m.screen.(type) {
	case *question:
		return s.play == p
	case *feedback:
		return s.play == p
	case *timedIntro:
		return s.play == p
	}
	return false
}

// timedIntro opens a timed round: the rules, and the seed, deck and version
// that make it the same round for everyone.
type timedIntro struct {
	sh            *shared
	play          *play
	width, height int
}

func (t *timedIntro) SetSize(w, h int) { t.width, t.height = w, h }

func (t *timedIntro) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case keyIs(msg, t.sh.keys.Choose):
			return t, tea.Batch(send(goMsg{to: toQuestion, play: t.play}), tick(t.play))
		case keyIs(msg, t.sh.keys.Back):
			return t, goTo(toMenu)
		}
	}
	return t, nil
}

func (t *timedIntro) View() string {
	st := t.sh.styles
	p := t.play
	facts := fmt.Sprintf("%s · seed %d · deck %s · httpquiz %s", present.Plural(p.Session.Len(), "question"), p.Seed(), p.DeckHash()[:8],
		t.sh.opts.Version)
	out := theme.Header(st, p.Spec.Title, fmt.Sprintf("--seed %d plays it again", p.Seed()), t.width) + "\n\n" +
		theme.Wrap(st.Text.Render(present.Rules(p.Play)), t.width) + "\n\n" + st.Strong.Render(facts) + "\n\n"
	if note := present.Shortened(p.Play); note != "" {
		out += theme.Wrap(st.Warn.Render(note), t.width) + "\n\n"
	}
	if p.Spec.Out != "" {
		out += theme.Wrap(st.Muted.Render("Every answer is written to "+p.Spec.Out+"."), t.width) + "\n\n"
	}
	start := "Press enter to start the clock."
	if !p.Spec.Clocked() {
		start = "Press enter to start."
	}
	return out + st.Muted.Render(start)
}

func (t *timedIntro) Keys() helpKeys {
	k := t.sh.keys
	start := withHelp(k.Choose, "enter", "start")
	return helpKeys{short: []key.Binding{start, k.Back, k.Help}, full: [][]key.Binding{{start}, {k.Back, k.Quit}}}
}
