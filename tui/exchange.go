package tui

import (
	"context"
	"errors"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/lab"
	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/theme"
)

// A lab question's request goes to the lab once it is answered, and the
// feedback shows what came back.

type labResponseMsg struct{ lines []string }

// askLab sends a lab question's request to the round's lab, if it has one.
func askLab(sh *shared, q quiz.Question) tea.Cmd {
	url := sh.lab.URL
	if url == "" || q.Scenario == nil || q.Scenario.Request == nil {
		return nil
	}
	r, reset := *q.Scenario.Request, sh.lab.Reset
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

// labOpenedMsg is a round that may ask lab questions, and the lab started
// for it, or why none could be.
type labOpenedMsg struct {
	spec round.Spec
	link LabLink
	err  error
}

// waitsForLab says whether a round must start the session's lab first.
func waitsForLab(sh *shared, spec round.Spec) bool {
	return spec.Config.AsksLab() && sh.lab.URL == "" && sh.opts.Predict != nil
}

// openLab starts the session's lab for a round: it binds a port, so it runs
// as a command, never in Update.
func openLab(predict func() (LabLink, error), spec round.Spec) tea.Cmd {
	return func() tea.Msg {
		link, err := predict()
		return labOpenedMsg{spec: spec, link: link, err: err}
	}
}

// roundForLab keeps the lab just started, if one was, and says which round
// to play with the session's lab: a review round without one asks ordinary
// scenarios instead; a round of lab questions cannot be played without it.
func roundForLab(sh *shared, opened labOpenedMsg) (round.Spec, error) {
	spec := opened.spec
	if opened.err == nil && opened.link.URL != "" {
		sh.lab = opened.link
	}
	if !spec.Config.AsksLab() || sh.lab.URL != "" {
		return spec, nil
	}
	err := opened.err
	if err == nil {
		err = errors.New("no lab is running to send its requests to")
	}
	if spec.Config.Topic == content.LabTopic {
		return spec, err
	}
	spec.Config.LabCodes = nil // asked through the deck's scenarios instead
	return spec, nil
}

// reviewOptions are the review rounds' options, with lab questions when a
// lab can be started for them.
func (sh *shared) reviewOptions() round.ReviewOptions {
	o := sh.opts.Review
	o.Lab = sh.opts.Predict != nil
	return o
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
