package present

import (
	"fmt"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// Again marks a question asked again after a miss.
const Again = "Again: a code you missed earlier in this round."

// Expired says that a round's time has run out: the question open then
// counted as missed, and the round is over.
const Expired = "The round's time has run out."

// Progress is where a question stands in its round: "Question 3 of 10".
func Progress(position, of int) string { return fmt.Sprintf("Question %d of %d", position, of) }

// Intro is a round's first line: its title, its length and its seed.
func Intro(p *round.Play) string {
	return fmt.Sprintf("%s: %s, seed %d.", p.Spec.Title, Plural(p.Session.Len(), "question"), p.Seed())
}

// Rules says how a timed round is played and scored; "" for an untimed one.
func Rules(p *round.Play) string {
	l := p.Spec.Timed
	speed := fmt.Sprintf("A right answer scores up to %d, more the faster it comes; a streak adds a bonus.", quiz.TimedPoints)
	switch {
	case l == nil:
		return ""
	case l.NoTimer:
		return fmt.Sprintf("No clock: a right answer scores %d, plus a bonus for a streak.", quiz.TimedPoints)
	case l.PerQuestion > 0:
		return fmt.Sprintf("%s for each question. %s When the time runs out the question counts as missed.",
			upperFirst(Duration(l.PerQuestion)), speed)
	}
	return fmt.Sprintf("%s for the whole round, counted only while a question is open. %s "+
		"When the time runs out the round ends.", upperFirst(Duration(l.Total)), speed)
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// Shortened says that a round plays fewer questions than asked for, because
// its scenarios run out first; "" when it does not.
func Shortened(p *round.Play) string {
	have, ok := p.Shortened()
	if !ok {
		return ""
	}
	what := "This deck has"
	switch {
	case p.Spec.Config.Topic != "":
		what = "The topic " + content.Printable(p.Spec.Config.Topic, 40) + " has"
	case p.Spec.Drill() != nil:
		what = "The drill " + p.Spec.Drill().Name + " has"
	case len(p.Sources) > 1:
		what = "These decks have"
	}
	return fmt.Sprintf("%s %d scenarios; playing %d.", what, have, have)
}

// Lesson is the card a drill opens with.
type Lesson struct {
	Title, Body string
	Remember    Paragraph
}

// LessonOf is a drill's lesson card.
func LessonOf(d content.Drill) Lesson {
	return Lesson{Title: d.Title, Body: d.Lesson, Remember: Remember(d)}
}

// Countdown is a clock as the round's screens show it: minutes and seconds
// for a whole round, seconds for a question.
func Countdown(left time.Duration, wholeRound bool) string {
	secs := int((max(left, 0) + time.Second - 1) / time.Second) // a second begun is shown whole
	if wholeRound {
		return fmt.Sprintf("⏱ %d:%02d", secs/60, secs%60)
	}
	return fmt.Sprintf("⏱ %ds", secs)
}

// AlmostUp is said beside a clock in its last fifth, so that a screen
// without color tells it too; "" before.
func AlmostUp(left, total time.Duration) string {
	if total > 0 && left*5 <= total {
		return "almost up"
	}
	return ""
}

// Clock is the countdown of a round being played, or "" without a clock.
func Clock(p *round.Play) string {
	if left, ok := p.RoundLeft(); ok {
		return Countdown(left, true)
	}
	if left, ok := p.QuestionLeft(); ok {
		return Countdown(left, false)
	}
	return ""
}

// Duration says a time limit in words: "15 seconds", "2 minutes", "1m30s".
func Duration(d time.Duration) string {
	switch {
	case d%time.Minute == 0:
		return Plural(int(d/time.Minute), "minute")
	case d < time.Minute && d%time.Second == 0:
		return Plural(int(d/time.Second), "second")
	}
	return d.Round(time.Second).String()
}

// Plural counts a noun: "1 day", "3 days".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
