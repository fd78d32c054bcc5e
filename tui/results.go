package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/theme"
)

// results is the end-of-round report.
type results struct {
	sh            *shared
	play          *play
	summary       quiz.Summary
	said          present.Results
	width, height int
}

func newResults(sh *shared, p *play) *results {
	return &results{sh: sh, play: p, summary: p.Summary(), said: present.Summarize(p.Play)}
}

func (r *results) SetSize(w, h int) { r.width, r.height = w, h }

func (r *results) Update(msg tea.Msg) (screen, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return r, nil
	}
	k := r.sh.keys
	switch {
	case keyIs(press, k.Retry) && len(r.summary.Missed) > 0:
		return r, send(goMsg{to: toRound, spec: r.play.Spec.Retry(r.summary.MissedIDs())})
	case keyIs(press, k.Choose), keyIs(press, k.Menu), keyIs(press, k.Back):
		return r, goTo(toMenu)
	}
	return r, nil
}

func (r *results) View() string {
	st := r.sh.styles
	var b strings.Builder
	note := fmt.Sprintf("%s · seed %d", r.play.Spec.Title, r.play.Seed())
	b.WriteString(theme.Header(st, r.said.Title, note, r.width) + "\n\n")
	stats := make([]string, len(r.said.Stats))
	for i, s := range r.said.Stats {
		stats[i] = st.Muted.Render(s.Label) + " " + st.Strong.Render(s.Value)
	}
	b.WriteString(strings.Join(stats, "   ") + "\n\n")
	if classes := r.classesView(); classes != "" {
		b.WriteString(classes + "\n\n")
	}
	b.WriteString(r.missedView())
	return b.String()
}

// classesView is one short bar per class asked about.
func (r *results) classesView() string {
	st := r.sh.styles
	if len(r.summary.Classes) == 0 {
		return ""
	}
	var parts []string
	for i, c := range r.summary.Classes {
		bar := strings.Repeat("█", c.Right) + strings.Repeat("░", c.Total-c.Right)
		if c.Total > 10 {
			bar = ""
		}
		said := r.said.Classes[i]
		parts = append(parts, st.Code(c.Class).Render(said.Label)+" "+st.Text.Render(said.Value)+" "+st.Muted.Render(bar))
	}
	return theme.Wrap(st.Heading.Render("By class:")+"  "+strings.Join(parts, "   "), r.width)
}

// missedView lists the questions answered wrong, as many as fit.
func (r *results) missedView() string {
	st := r.sh.styles
	missed := r.said.Missed
	if n := r.said.Note; n.Text != "" {
		return st.Tone(n.Tone).Render(n.String())
	}
	room := max(r.height-8, 1)
	lines := []string{st.Heading.Render(fmt.Sprintf("Missed (%d):", len(missed)))}
	for i, m := range missed {
		if i == room-1 && len(missed) > room {
			lines = append(lines, st.Muted.Render(fmt.Sprintf("  … and %d more", len(missed)-i)))
			break
		}
		line := st.Bad.Render("✗ ") + st.Strong.Render(m.Answer) + st.Muted.Render(" — "+m.Prompt)
		lines = append(lines, theme.Truncate(line, r.width))
	}
	return strings.Join(lines, "\n")
}

func (r *results) Keys() helpKeys {
	k := r.sh.keys
	menu := withHelp(k.Choose, "enter", "menu")
	short := []key.Binding{menu, k.Help}
	if len(r.summary.Missed) > 0 {
		short = []key.Binding{k.Retry, menu, k.Help}
	}
	return helpKeys{short: short, full: [][]key.Binding{{k.Retry, menu, withHelp(k.Back, "q/esc", "menu")}, {k.Quit}}}
}
