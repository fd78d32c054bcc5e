// Package present is what the learner is told, as words and plain data: the
// verdict on an answer, why, why not, a drill's contrast line, the timed
// rules, the results. The faces (the full screen, plain lines, the classroom)
// only style these words, so that they all tell the same story. No styling
// and no terminal code here.
package present

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
)

// Tone says how a line may be colored. It is never the only signal: every
// verdict also has a mark and a word.
type Tone int

// The tones.
const (
	Neutral Tone = iota
	Good
	Bad
)

// Verdict is the first line of the feedback: a mark and a word, then what
// the right answer was, then the points.
type Verdict struct {
	Tone Tone
	Mark string // ✓, ✗ or ⏱
	Word string // Right!, Accepted., Not quite., Time's up., Too late.
	// Lead, Answer and Tail make the sentence: "You chose 403 Forbidden; the
	// answer is " + "401 Unauthorized" + ".".
	Lead, Answer, Tail string
	// Score is the points and streak, and the time taken in a timed round.
	Score string
}

// String is the verdict as one line of plain text.
func (v Verdict) String() string {
	s := v.Mark + " " + v.Word + " " + v.Lead + v.Answer + v.Tail
	if v.Score != "" {
		s += "   " + v.Score
	}
	return s
}

// Paragraph is a labeled piece of an explanation: "Why 401:", "Why not 403:".
type Paragraph struct {
	Label, Text string
}

// Feedback is everything said after an answer.
type Feedback struct {
	Verdict    Verdict
	Paragraphs []Paragraph
}

// Explain says how an answer was graded and teaches from it: why the answer
// fits, why an also-accepted one counts, why the code chosen does not fit,
// and in a drill, both sides of the pair. timed adds the time taken.
func Explain(r quiz.Result, drill *content.Drill, timed bool) Feedback {
	f := Feedback{Verdict: verdict(r, timed), Paragraphs: []Paragraph{Why(r.Question)}}
	add := func(label, text string) {
		if text != "" {
			f.Paragraphs = append(f.Paragraphs, Paragraph{label, text})
		}
	}
	if r.Verdict == quiz.AlsoAccepted {
		add("Also accepted:", r.AcceptNote)
	}
	if r.Verdict == quiz.Wrong && !r.TimedOut {
		add("Why not "+Chosen(r)+":", r.WhyNot)
	}
	if drill != nil {
		if c, ok := contrast(r, drill); ok {
			f.Paragraphs = append(f.Paragraphs, c)
		}
		if drill.Mnemonic != "" {
			f.Paragraphs = append(f.Paragraphs, Remember(*drill))
		}
	}
	return f
}

func verdict(r quiz.Result, timed bool) Verdict {
	v := Verdict{Tone: Bad, Mark: "✗", Answer: AnswerTitle(r.Question), Tail: "."}
	score := fmt.Sprintf("+%d points · streak %d", r.Points, r.Streak)
	switch {
	case r.Verdict == quiz.Right:
		v.Tone, v.Mark, v.Word, v.Tail, v.Score = Good, "✓", "Right!", "", score
	case r.Verdict == quiz.AlsoAccepted:
		v.Tone, v.Mark, v.Word, v.Lead, v.Score = Good, "✓", "Accepted.", "The preferred answer is ", score
	case r.Late:
		v.Mark, v.Word, v.Lead = "⏱", "Too late.", "Your answer came after the time ran out; the answer is "
	case r.TimedOut:
		v.Mark, v.Word, v.Lead = "⏱", "Time's up.", "The answer is "
	default:
		v.Word, v.Lead = "Not quite.", "You chose "+Chosen(r)+"; the answer is "
	}
	if timed && !r.TimedOut {
		v.Score = strings.TrimPrefix(v.Score+" · "+Seconds(r.Elapsed.Seconds()), " · ")
	}
	return v
}

// Why says why the answer to a question fits.
func Why(q quiz.Question) Paragraph {
	label := "Why " + strconv.Itoa(q.Code.Code) + ":"
	switch q.Kind {
	case quiz.PickClass:
		label = "Why:"
	case quiz.CodeToHeader:
		label = "Why " + q.Fact.Header + ":"
	}
	return Paragraph{label, q.Why()}
}

// AnswerTitle names a question's right answer: a code, or for a class or
// header question, the class or the header.
func AnswerTitle(q quiz.Question) string {
	switch q.Kind {
	case quiz.PickClass:
		return quiz.ClassLabel(q.Code.Code / 100 * 100)
	case quiz.CodeToHeader:
		return q.Fact.Header
	}
	return q.Code.Title()
}

// Chosen names what the learner answered.
func Chosen(r quiz.Result) string {
	switch {
	case r.Question.Kind == quiz.PickClass:
		return quiz.ClassLabel(r.Chosen)
	case r.Question.Kind == quiz.CodeToHeader:
		if h, ok := content.HeaderNamed(r.Chosen); ok {
			return h
		}
	case r.ChosenKnown:
		return r.ChosenEntry.Title()
	}
	return strconv.Itoa(r.Chosen)
}

// contrast names both sides of the pair in a drill: after a right answer, the
// answer against the most tempting other option of the drill. (After a wrong
// one, "Why not" already says it.)
func contrast(r quiz.Result, d *content.Drill) (Paragraph, bool) {
	if r.Verdict == quiz.Wrong {
		return Paragraph{}, false
	}
	for _, o := range r.Question.Options {
		if o.Value == r.Answer.Code || !slices.Contains(d.Codes, o.Value) {
			continue
		}
		if why, ok := r.Answer.WhyNot(o.Value); ok {
			return Paragraph{fmt.Sprintf("%d vs %d:", r.Answer.Code, o.Value), why}, true
		}
	}
	return Paragraph{}, false
}

// Remember is a drill's mnemonic, as its lesson and its feedback give it.
func Remember(d content.Drill) Paragraph { return Paragraph{"Remember:", d.Mnemonic} }

// Seconds is a time taken, as every face shows it: "4.0s".
func Seconds(s float64) string { return fmt.Sprintf("%.1fs", s) }
