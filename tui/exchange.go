package tui

import (
	"context"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/lab"
	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/theme"
)

// A lab question's request goes to the lab once it is answered, and the
// feedback shows what came back.

type labResponseMsg struct{ lines []string }

// askLab sends a lab question's request to the round's lab, if it has one.
func askLab(sh *shared, q quiz.Question) tea.Cmd {
	url := sh.opts.LabURL
	if url == "" || q.Scenario == nil || q.Scenario.Request == nil {
		return nil
	}
	r, reset := *q.Scenario.Request, sh.opts.LabReset
	return func() tea.Msg {
		if reset != nil {
			reset() // each question is asked of the lab as it starts
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		res, err := lab.Send(ctx, url, r)
		if err != nil {
			return labResponseMsg{[]string{"The lab did not answer: " + err.Error()}}
		}
		return labResponseMsg{present.ResponseLines(res.Line, res.Header, res.Body)}
	}
}

// exchangeBlock draws a request or a response as it goes on the wire,
// indented, a long line wrapped.
func exchangeBlock(st theme.Styles, lines []string, width int) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = indentBy(theme.Wrap(st.Text.Render(l), max(width-2, 10)), "  ")
	}
	return strings.Join(out, "\n")
}
