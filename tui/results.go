package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/quiz"
)

// results is the end-of-round report.
type results struct {
	sh            *shared
	play          *play
	summary       quiz.Summary
	width, height int
}

func newResults(sh *shared, p *play) *results {
	return &results{sh: sh, play: p, summary: p.session.Summary()}
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
		round := r.play.round
		round.Title = "Retry: " + strings.TrimPrefix(round.Title, "Retry: ")
		round.Mode = "retry"
		round.Config.Replay = r.summary.MissedIDs()
		return r, send(goMsg{to: toRound, round: round})
	case keyIs(press, k.Choose), keyIs(press, k.Menu), keyIs(press, k.Back):
		return r, goTo(toMenu)
	}
	return r, nil
}

func (r *results) View() string {
	st := r.sh.styles
	sum := r.summary
	title := "Round complete"
	switch {
	case r.play.timeUp:
		title = "Time's up"
	case !r.play.session.Done():
		title = "Round ended early"
	}
	var b strings.Builder
	note := fmt.Sprintf("%s · seed %d", r.play.round.Title, r.play.session.Config().Seed)
	b.WriteString(header(st, title, note, r.width) + "\n\n")
	b.WriteString(fmt.Sprintf("%s %s   %s %s   %s %s   %s %s\n\n",
		st.Muted.Render("Score"), st.Strong.Render(itoa(sum.Score)),
		st.Muted.Render("Right"), st.Strong.Render(fmt.Sprintf("%d/%d (%.0f%%)", sum.Right, sum.Answered, 100*sum.Accuracy())),
		st.Muted.Render("Best streak"), st.Strong.Render(itoa(sum.BestStreak)),
		st.Muted.Render("Average"), st.Strong.Render(fmt.Sprintf("%.1fs", sum.AverageTime.Seconds()))))
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
	for _, c := range r.summary.Classes {
		bar := strings.Repeat("█", c.Right) + strings.Repeat("░", c.Total-c.Right)
		if c.Total > 10 {
			bar = ""
		}
		parts = append(parts, st.Code(c.Class).Render(fmt.Sprintf("%dxx", c.Class/100))+" "+
			st.Text.Render(fmt.Sprintf("%d/%d", c.Right, c.Total))+" "+st.Muted.Render(bar))
	}
	return wrap(st.Heading.Render("By class:")+"  "+strings.Join(parts, "   "), r.width)
}

// missedView lists the questions answered wrong, as many as fit.
func (r *results) missedView() string {
	st := r.sh.styles
	missed := r.summary.Missed
	switch {
	case r.summary.Answered == 0:
		return st.Muted.Render("No question was answered.")
	case len(missed) == 0:
		return st.Good.Render("✓ No misses. Well done.")
	}
	room := max(r.height-8, 1)
	lines := []string{st.Heading.Render(fmt.Sprintf("Missed (%d):", len(missed)))}
	for i, m := range missed {
		if i == room-1 && len(missed) > room {
			lines = append(lines, st.Muted.Render(fmt.Sprintf("  … and %d more", len(missed)-i)))
			break
		}
		answer := m.Answer.Title()
		if m.Question.Kind == quiz.PickClass {
			answer = fmt.Sprintf("%dxx (%s)", m.Answer.Code/100, m.Answer.Title())
		}
		line := st.Bad.Render("✗ ") + st.Strong.Render(answer) + st.Muted.Render(" — "+m.Question.Prompt())
		lines = append(lines, truncateCells(line, r.width))
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
