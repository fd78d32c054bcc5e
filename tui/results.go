package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/theme"
)

// results is the end-of-round report.
type results struct {
	sh            *shared
	play          *play
	summary       quiz.Summary
	said          present.Results
	scroll        scroller
	width, height int
}

func newResults(sh *shared, p *play) *results {
	return &results{sh: sh, play: p, summary: p.Summary(), said: present.Summarize(p.Play)}
}

func (r *results) SetSize(w, h int) {
	r.width, r.height = w, h
	r.scroll.set(r.content(), h-2)
}

// drillKey drills the pairs confused in the round.
var drillKey = key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "drill these mix-ups"))

func (r *results) Update(msg tea.Msg) (screen, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return r, nil
	}
	k := r.sh.keys
	switch {
	case r.scroll.update(press, k):
	case keyIs(press, drillKey) && len(r.said.Pairs) > 0:
		var pairs [][2]int
		for _, p := range r.said.Pairs {
			pairs = append(pairs, [2]int{p.A, p.B})
		}
		return r, send(goMsg{to: toRound, spec: round.MixUps(r.sh.content.Catalogue, pairs, quiz.DefaultCount)})
	case keyIs(press, k.Retry) && len(r.summary.Missed) > 0:
		return r, send(goMsg{to: toRound, spec: r.play.Spec.Retry(r.summary.MissedIDs())})
	case keyIs(press, k.Choose), keyIs(press, k.Menu), keyIs(press, k.Back):
		return r, goTo(toMenu)
	}
	return r, nil
}

// View keeps the header in place while the rest scrolls under it.
func (r *results) View() string {
	st := r.sh.styles
	note := fmt.Sprintf("%s · seed %d", r.play.Spec.Title, r.play.Seed())
	r.scroll.set(r.content(), r.height-2)
	return theme.Header(st, r.said.Title, note, r.width) + "\n\n" + r.scroll.view(st)
}

// content is the report below its header.
func (r *results) content() string {
	st := r.sh.styles
	var b strings.Builder
	stats := make([]string, len(r.said.Stats))
	for i, s := range r.said.Stats {
		stats[i] = st.Muted.Render(s.Label) + " " + st.Strong.Render(s.Value)
	}
	b.WriteString(theme.Wrap(strings.Join(stats, "   "), r.width) + "\n\n")
	if classes := r.classesView(); classes != "" {
		b.WriteString(classes + "\n\n")
	}
	if len(r.said.Pairs) > 0 {
		parts := make([]string, len(r.said.Pairs))
		for i, p := range r.said.Pairs {
			parts[i] = p.String()
		}
		b.WriteString(theme.Wrap(st.Heading.Render("Mixed up:")+" "+st.Text.Render(strings.Join(parts, ", "))+
			st.Muted.Render("   d drills them"), r.width) + "\n\n")
	}
	b.WriteString(r.missedView())
	b.WriteString("\n\n" + r.stepsView())
	return b.String()
}

// stepsView is every answer with its time, one a line.
func (r *results) stepsView() string {
	st := r.sh.styles
	lines := []string{st.Heading.Render("Time per question:")}
	for _, s := range r.said.Steps {
		line := st.Muted.Render(fmt.Sprintf("%2d ", s.N)) + st.Tone(s.Tone).Render(s.Mark) +
			st.Strong.Render(fmt.Sprintf(" %6s  ", s.Time)) + st.Text.Render(s.Answer)
		if s.Slow {
			line += st.Warn.Render("  (slow)")
		}
		lines = append(lines, theme.Truncate(line, r.width))
	}
	return strings.Join(lines, "\n")
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

// missedView lists the codes missed, each once, with what each miss asked,
// wrapped: the results scroll when they are long.
func (r *results) missedView() string {
	st := r.sh.styles
	missed := r.said.Missed
	if n := r.said.Note; n.Text != "" {
		return st.Tone(n.Tone).Render(n.String())
	}
	lines := []string{st.Heading.Render(fmt.Sprintf("Missed (%s):", present.Plural(len(missed), "code")))}
	for _, m := range missed {
		mark := st.Bad.Render("✗ ")
		if m.Relearned {
			mark = st.Good.Render("↻ ")
		}
		lines = append(lines, mark+st.Strong.Render(m.Answer)+st.Muted.Render(present.MissNote(m)))
		for _, prompt := range m.Prompts {
			lines = append(lines, indentBy(theme.Wrap(st.Muted.Render(prompt), max(r.width-4, 10)), "    "))
		}
	}
	return strings.Join(lines, "\n")
}

// indentBy puts pad before every line of s.
func indentBy(s, pad string) string { return pad + strings.ReplaceAll(s, "\n", "\n"+pad) }

func (r *results) Keys() helpKeys {
	k := r.sh.keys
	menu := withHelp(k.Choose, "enter", "menu")
	var do []key.Binding
	if len(r.summary.Missed) > 0 {
		do = append(do, k.Retry)
	}
	if len(r.said.Pairs) > 0 {
		do = append(do, drillKey)
	}
	short := append(slices.Clone(do), menu, k.Help)
	if r.scroll.overflows() {
		short = append(scrollKeys(k), short...)
	}
	return helpKeys{short: short, full: [][]key.Binding{append(slices.Clone(do), menu, withHelp(k.Back, "q/esc", "menu")), allScrollKeys(k), {k.Quit}}}
}
