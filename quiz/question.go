// Package quiz is the learning engine: it turns the catalogue and a deck into
// questions, picks near-miss options, grades answers, keeps score and runs a
// session. It is pure Go: no terminal, file or network I/O. Time and randomness
// come in from the caller, so a session is fully determined by its inputs.
package quiz

import (
	"fmt"

	"github.com/httpquiz/httpquiz/content"
)

// Kind is the form a question takes.
type Kind int

// The question kinds.
const (
	// PickCode shows a scenario and four status codes to choose from.
	PickCode Kind = iota
	// TypeCode shows a scenario; the learner types the three digits.
	TypeCode
	// PickMeaning shows a code and four meanings to choose from.
	PickMeaning
	// PickClass shows a scenario and four classes to choose from: placing a
	// situation in its class, before knowing the exact code.
	PickClass
	// PickName shows a code's name and four code numbers to choose from.
	PickName
	// HeaderToCode shows a header (and the detail that decides) and four
	// codes to choose from.
	HeaderToCode
	// CodeToHeader shows a code and four header names to choose from.
	CodeToHeader
)

// ChoosesCode reports whether an answer of this kind is a status code, so
// that picking the wrong one says which codes the learner mixes up. A class
// or a header is not a code.
func (k Kind) ChoosesCode() bool { return k != PickClass && k != CodeToHeader }

// Kinds is every kind, for reading kept answers back.
var Kinds = []Kind{PickCode, TypeCode, PickMeaning, PickClass, PickName, HeaderToCode, CodeToHeader}

// KindNamed is the kind with that String, as kept answers name it.
func KindNamed(name string) (Kind, bool) {
	for _, k := range Kinds {
		if k.String() == name {
			return k, true
		}
	}
	return 0, false
}

func (k Kind) String() string {
	switch k {
	case PickCode:
		return "pick"
	case TypeCode:
		return "typed"
	case PickMeaning:
		return "meaning"
	case PickClass:
		return "class"
	case PickName:
		return "name"
	case HeaderToCode:
		return "header"
	case CodeToHeader:
		return "carries"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// OptionCount is how many choices a multiple-choice question offers.
const OptionCount = 4

// Option is one choice of a multiple-choice question. Value is a status code,
// for a class question the class's first code (100, 200, ...), and for a
// header question the header's number (content.HeaderNumber).
type Option struct {
	Value int
	Label string
}

// Question is one step of a session.
type Question struct {
	Kind Kind
	// Scenario is set for PickCode, TypeCode and PickClass questions.
	Scenario *content.Scenario
	// Fact is set for the header questions.
	Fact *content.HeaderFact
	// Code is the entry the question is about: the right answer for scenario
	// and meaning questions, the code whose class is asked for class questions.
	Code content.Code
	// Options are the choices for the multiple-choice kinds, in display order.
	Options []Option
	// Retry counts how many times this code was asked and missed before in the
	// session: 0 for a first ask.
	Retry int
}

// Prompt is the question's text.
func (q Question) Prompt() string {
	switch q.Kind {
	case PickCode, TypeCode:
		return content.Safe(q.Scenario.Prompt) // deck text is data, never terminal control
	case PickMeaning:
		return fmt.Sprintf("What does %d mean?", q.Code.Code)
	case PickClass:
		if q.Scenario == nil {
			return fmt.Sprintf("Which class of status code is %d in?", q.Code.Code)
		}
		return content.Safe(q.Scenario.Prompt) + " Answer with its class."
	case PickName:
		return fmt.Sprintf("Which code is %q?", q.Code.Name)
	case HeaderToCode:
		return q.Fact.ToCode
	case CodeToHeader:
		return q.Fact.ToHeader
	}
	return ""
}

// ID names the question for records and for retries: the scenario id, or the
// kind and code for the questions made from the catalogue.
func (q Question) ID() string {
	switch {
	case q.Fact != nil:
		return q.Kind.String() + "-" + q.Fact.ID
	case q.Scenario != nil && q.Kind == PickClass:
		return q.Kind.String() + "-" + q.Scenario.ID
	case q.Scenario != nil:
		return q.Scenario.ID
	}
	return fmt.Sprintf("%s-%d", q.Kind, q.Code.Code)
}

// Multiple reports whether the question is answered by picking an option.
func (q Question) Multiple() bool { return q.Kind != TypeCode }

// classOf is the first code of the class that code belongs to: 404 -> 400.
func classOf(code int) int { return code / 100 * 100 }

// ClassLabel is how a class reads as an option: "4xx Client Error".
func ClassLabel(class int) string {
	c := fmt.Sprintf("%dxx", class/100)
	return c + " " + content.ClassName(c)
}

// Fits reports how an option's value answers the question: the answer, an
// also-accepted one, or neither.
func (q Question) Fits(value int) (answer, accepted bool) {
	switch {
	case q.Kind == PickClass:
		return value == classOf(q.Code.Code), false
	case q.Kind == CodeToHeader:
		return value == content.HeaderNumber(q.Fact.Header), false
	case value == q.Code.Code:
		return true, false
	case q.Scenario != nil && q.Scenario.Accepts(value):
		return false, true
	}
	return false, false
}
