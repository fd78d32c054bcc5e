package round

import (
	"slices"
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
)

// labContent is the built-in content with one lab question, the only
// scenario left that answers 428.
func labContent(t *testing.T) Content {
	c := builtin(t)
	c.Deck.Scenarios = slices.DeleteFunc(slices.Clone(c.Deck.Scenarios), func(s content.Scenario) bool { return s.Answer == 428 })
	c.Lab = []content.Scenario{{ID: "lab-put-without-if-match", Topic: content.LabTopic, Answer: 428, Difficulty: 2,
		Prompt: "PUT /notes/1 with no If-Match.", Explanation: "The lab wants If-Match on a PUT.",
		Request: &content.Request{Method: "PUT", Path: "/notes/1", Body: "{}"}}}
	return c
}

// TestReviewAsksTheLabOnlyWithALab: a code last missed in the lab comes
// back as a lab question; other codes come back as the deck's scenarios.
func TestReviewAsksTheLabOnlyWithALab(t *testing.T) {
	c := labContent(t)
	for _, withLab := range []bool{true, false} {
		plan := quiz.ReviewPlan{Codes: []int{428}, Due: 1, Met: 1}
		if withLab {
			plan.InLab = []int{428}
		}
		p, err := Start(Review(plan, ReviewOptions{Lab: true}), c, newClock().read, fixedSeed())
		must(t, err)
		q := p.Current()
		asked := q.Scenario != nil && q.Scenario.Request != nil
		if asked != withLab {
			t.Errorf("lab %v: asked %q (kind %v), a lab question: %v", withLab, q.ID(), q.Kind, asked)
		}
	}
}

// TestOtherRoundsNeverAskTheLab: practice, timed rounds and classrooms draw
// from the deck alone, whatever lab questions the content holds.
func TestOtherRoundsNeverAskTheLab(t *testing.T) {
	c := labContent(t)
	for _, spec := range []Spec{Practice(quiz.MaxCount, "", false), Timed(quiz.MaxCount, Limits{}, ""), Classroom(quiz.MaxCount, 0)} {
		p, err := Start(spec, c, newClock().read, fixedSeed())
		must(t, err)
		for _, q := range p.Session.Questions() {
			if strings.HasPrefix(q.ID(), "lab-") {
				t.Fatalf("%s asked the lab question %s", spec.Mode, q.ID())
			}
		}
	}
	p, err := Start(Practice(5, content.LabTopic, false), c, newClock().read, fixedSeed())
	must(t, err)
	if p.Current().ID() != "lab-put-without-if-match" {
		t.Errorf("a round of the lab topic asks the lab's questions: %q", p.Current().ID())
	}
}
