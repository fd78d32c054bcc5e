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

// openLab makes sure a round that may ask lab questions has a lab to send
// them to. A review round without one asks ordinary scenarios instead; a
// round of lab questions cannot be played without it.
func openLab(sh *shared, spec round.Spec) (round.Spec, error) {
	if !spec.Config.AsksLab() || sh.lab.URL != "" {
		return spec, nil
	}
	var err error
	if sh.opts.Predict == nil {
		err = errors.New("no lab is running to send its requests to")
	} else if sh.lab, err = sh.opts.Predict(); err == nil {
		return spec, nil
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
