package tui

import (
	"errors"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/lab"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// withLab is the built-in content with the lab's questions.
func withLab() (round.Content, error) {
	c, err := round.Builtin()
	c.Lab = lab.Predictions()
	return c, err
}

// liveLab serves a lab for the test, and counts the rounds that asked for it.
func liveLab(t *testing.T) (func() (LabLink, error), *int) {
	l := lab.New(lab.Options{})
	srv := httptest.NewServer(l)
	t.Cleanup(func() { srv.Close(); l.Close() })
	asked := 0
	return func() (LabLink, error) {
		asked++
		return LabLink{URL: srv.URL, Reset: l.Reset}, nil
	}, &asked
}

// TestPredictShowsTheRealResponse: a lab question shows its request and
// curl line, and once answered, what the lab really sent back.
func TestPredictShowsTheRealResponse(t *testing.T) {
	predict, asked := liveLab(t)
	spec := round.Practice(3, content.LabTopic, false).WithSeed(4)
	spec.Config.Kinds = []quiz.Kind{quiz.PickCode}
	hs := newHarness(t, Options{Start: StartRound, Spec: spec, Load: withLab, Predict: predict}, 100, 60)
	q := screenIs[*question](t, hs)
	sc := q.play.Current().Scenario
	if sc == nil || sc.Request == nil || !strings.Contains(hs.view(), "curl") {
		t.Fatalf("a lab question shows its request as curl:\n%s", hs.view())
	}
	hs.press(rightOption(t, hs))
	screenIs[*feedback](t, hs)
	status := "HTTP/1.1 " + itoa(sc.Answer) + " "
	if !strings.Contains(hs.view(), status) {
		t.Fatalf("the feedback shows the lab's response, %q:\n%s", status, hs.view())
	}
	if *asked != 1 {
		t.Errorf("the lab was asked for %d times, not once", *asked)
	}
}

// openLabNow is what starting a round does about its lab, with the command
// that starts the lab run at once.
func openLabNow(sh *shared, spec round.Spec) (round.Spec, error) {
	opened := labOpenedMsg{spec: spec}
	if waitsForLab(sh, spec) {
		opened = openLab(sh.opts.Predict, spec)().(labOpenedMsg)
	}
	return roundForLab(sh, opened)
}

// TestReviewWithoutALab: review asks ordinary scenarios when no lab can be
// started, and a round of lab questions refuses to start without one.
func TestReviewWithoutALab(t *testing.T) {
	failing := func() (LabLink, error) { return LabLink{}, errors.New("no loopback here") }
	plan := quiz.ReviewPlan{Codes: []int{200, 201, 409, 401, 304}, Met: 5, InLab: []int{409}}
	for _, predict := range []func() (LabLink, error){nil, failing} {
		sh := &shared{opts: Options{Predict: predict}}
		spec, err := openLabNow(sh, round.Review(plan, sh.reviewOptions()))
		if err != nil || spec.Config.AsksLab() {
			t.Errorf("review without a lab: lab codes %v, %v", spec.Config.LabCodes, err)
		}
		lab := round.Practice(3, content.LabTopic, false)
		if _, err := openLabNow(sh, lab); err == nil {
			t.Errorf("a round of lab questions started without a lab")
		}
	}
	predict, asked := liveLab(t)
	sh := &shared{opts: Options{Predict: predict}}
	spec, err := openLabNow(sh, round.Review(plan, sh.reviewOptions()))
	if err != nil || !spec.Config.AsksLab() || sh.lab.URL == "" || *asked != 1 {
		t.Errorf("review with a lab: lab codes %v, url %q, asked %d, %v", spec.Config.LabCodes, sh.lab.URL, *asked, err)
	}
	if _, err := openLabNow(sh, spec); err != nil || *asked != 1 {
		t.Errorf("a second round asks for the lab again: %d, %v", *asked, err)
	}
}

// TestLabMissesComeBackInReview: the codes missed in a lab round come back
// in review as lab questions, from the menu's review as from the command.
func TestLabMissesComeBackInReview(t *testing.T) {
	predict, _ := liveLab(t)
	spec := round.Practice(2, content.LabTopic, false).WithSeed(4)
	spec.Config.Kinds, spec.Mode = []quiz.Kind{quiz.PickCode}, "lab"
	opts, _ := withProgress(t, Options{Start: StartRound, Spec: spec, Load: withLab, Predict: predict})
	hs := newHarness(t, opts, 100, 60)
	for range 10 {
		if _, ok := hs.model.screen.(*question); !ok {
			break
		}
		hs.press(wrongOption(t, hs), "enter")
	}
	screenIs[*results](t, hs)

	opts.Start, opts.Review = StartReview, round.ReviewOptions{Count: 5}
	hs = newHarness(t, opts, 100, 60)
	if !strings.Contains(hs.view(), "missed in the lab") {
		t.Fatalf("the review plan does not say what comes back from the lab:\n%s", hs.view())
	}
	hs.press("enter")
	q := screenIs[*question](t, hs)
	if sc := q.play.Current().Scenario; sc == nil || sc.Request == nil {
		t.Fatalf("the first code missed in the lab is not asked in the lab:\n%s", hs.view())
	}
}
