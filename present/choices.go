package present

import (
	"fmt"

	"github.com/httpquiz/httpquiz/quiz"
)

// The question as the feedback keeps it: every option, with the learner's
// pick and the answer marked in a sign and in words, so that neither needs a
// color.

// Choice is one option as the feedback shows it.
type Choice struct {
	Mark  string // "✓" the answer or one also accepted, "✗" a wrong pick, " " the rest
	Label string
	Note  string // "the answer", "your pick", "your pick, also accepted", ...
	Tone  Tone
}

// Choices marks a graded question's options; a typed answer, which has none,
// is one line saying what was typed.
func Choices(r quiz.Result) []Choice {
	q := r.Question
	if len(q.Options) == 0 {
		if r.TimedOut {
			return []Choice{{Mark: "⏱", Label: "no answer in time", Tone: Bad}}
		}
		c := Choice{Mark: "✗", Label: fmt.Sprintf("you typed %d", r.Chosen), Tone: Bad}
		if r.Verdict.Correct() {
			c.Mark, c.Tone = "✓", Good
		}
		return []Choice{c}
	}
	out := make([]Choice, len(q.Options))
	for i, o := range q.Options {
		answer, accepted := q.Fits(o.Value)
		picked := !r.TimedOut && o.Value == r.Chosen
		c := Choice{Mark: " ", Label: o.Label}
		switch {
		case answer && picked:
			c.Mark, c.Note, c.Tone = "✓", "your pick, the answer", Good
		case answer:
			c.Mark, c.Note, c.Tone = "✓", "the answer", Good
		case accepted && picked:
			c.Mark, c.Note, c.Tone = "✓", "your pick, also accepted", Good
		case accepted:
			c.Mark, c.Note = "✓", "also accepted"
		case picked:
			c.Mark, c.Note, c.Tone = "✗", "your pick", Bad
		}
		out[i] = c
	}
	return out
}
