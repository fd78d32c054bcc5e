package quiz

import (
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/content"
)

// Verdict is how an answer was graded.
type Verdict int

// The verdicts.
const (
	Wrong Verdict = iota
	Right
	// AlsoAccepted is a right answer that is not the scenario's preferred one:
	// a genuinely debatable case the deck allows.
	AlsoAccepted
)

// Correct reports whether the verdict counts as a right answer.
func (v Verdict) Correct() bool { return v != Wrong }

func (v Verdict) String() string {
	switch v {
	case Right:
		return "right"
	case AlsoAccepted:
		return "also accepted"
	}
	return "wrong"
}

// Result is the graded answer to one question, with everything the learner
// needs to learn from it.
type Result struct {
	Question Question
	Verdict  Verdict
	// Chosen is the code given (a class or a header's number, for the kinds
	// that do not choose a code); 0 when nothing was.
	Chosen int
	// ChosenEntry is the catalogue entry for Chosen, when the kind chooses a
	// code and Chosen is a registered one.
	ChosenEntry content.Code
	ChosenKnown bool
	// Answer is the right code's entry; for a class question, the code asked about.
	Answer content.Code
	// Explanation says why the answer fits: the scenario's explanation, or the
	// entry's summary for questions made from the catalogue.
	Explanation string
	// AcceptNote says why an also-accepted answer counts.
	AcceptNote string
	// WhyNot says why the chosen code does not fit, for a wrong answer to a code
	// question: the catalogue's note on that confusion, else what the chosen
	// code means.
	WhyNot string
	// Elapsed is how long the answer took.
	Elapsed time.Duration
	// TimedOut is set when no answer came before the question's time ran out.
	TimedOut bool
	// Late is set, with TimedOut, when an answer did come but after the time
	// ran out: it was refused, not graded.
	Late bool
	// Points is what the answer scored, Streak the run of right answers it
	// extends (0 after a wrong one).
	Points int
	Streak int
}

// Grade judges an answer to q without scoring it: a Tally scores it.
func Grade(cat *content.Catalogue, q Question, chosen int) Result {
	r := Result{Question: q, Chosen: chosen, Answer: q.Code}
	if q.Kind.ChoosesCode() {
		r.ChosenEntry, r.ChosenKnown = cat.Lookup(chosen)
	}
	r.Explanation = q.Why()
	if !q.Kind.ChoosesCode() {
		if right, _ := q.Fits(chosen); right {
			r.Verdict = Right
		}
		return r
	}
	switch {
	case chosen == q.Code.Code:
		r.Verdict = Right
	case q.Scenario != nil && q.Scenario.Accepts(chosen):
		r.Verdict = AlsoAccepted
		r.AcceptNote = content.Safe(q.Scenario.AcceptNote)
	default:
		r.WhyNot = whyNot(cat, q.Code, chosen)
	}
	return r
}

// Why says why the answer fits: the scenario's own words, the fact behind a
// header question, or the entry's summary.
func (q Question) Why() string {
	switch {
	case q.Kind == PickClass:
		why := q.Code.Title() + " is in the " + ClassLabel(classOf(q.Code.Code)) + " class"
		if q.Scenario == nil {
			return why + ": " + q.Code.Summary
		}
		return "The answer is " + why + ". " + content.Safe(q.Scenario.Explanation)
	case q.Fact != nil:
		return q.Fact.Why
	case q.Scenario != nil:
		return content.Safe(q.Scenario.Explanation)
	}
	return q.Code.Summary
}

// whyNot explains why code chosen does not fit where answer does.
func whyNot(cat *content.Catalogue, answer content.Code, chosen int) string {
	if why, ok := answer.WhyNot(chosen); ok {
		return why
	}
	e, ok := cat.Lookup(chosen)
	switch {
	case !ok:
		return "That is not a registered status code."
	case !e.Answerable():
		return e.Title() + " is reserved and never sent."
	}
	return "It means: " + lowerFirst(e.Summary)
}

// lowerFirst lets a sentence continue another: "The client..." -> "the client...".
func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "HTTP") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
