package present

import (
	"fmt"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// Stat is one figure of the results: "Score" and "300".
type Stat struct{ Label, Value string }

// Miss is one question answered wrong: its answer, and what it asked.
type Miss struct{ Answer, Prompt string }

// Line is a sentence with a mark and a tone.
type Line struct {
	Tone Tone
	Mark string
	Text string
}

// String is the line as plain text.
func (l Line) String() string {
	if l.Mark == "" {
		return l.Text
	}
	return l.Mark + " " + l.Text
}

// Results is the end-of-round report.
type Results struct {
	Title   string // Round complete, Time's up, Round ended early
	Stats   []Stat
	Classes []Stat // "4xx" and "3/4", one per class asked about
	Missed  []Miss
	// Note stands in for the misses when there are none to list.
	Note Line
}

// Summarize reports a round, played to its end or not.
func Summarize(p *round.Play) Results {
	sum := p.Summary()
	r := Results{Title: "Round complete"}
	switch {
	case p.Expired():
		r.Title = "Time's up"
	case p.EndedEarly() || !p.Done():
		r.Title = "Round ended early"
	}
	r.Stats = []Stat{
		{"Score", fmt.Sprint(sum.Score)},
		{"Right", fmt.Sprintf("%d/%d (%.0f%%)", sum.Right, sum.Answered, 100*sum.Accuracy())},
		{"Best streak", fmt.Sprint(sum.BestStreak)},
		{"Average", Seconds(sum.AverageTime.Seconds())},
	}
	for _, c := range sum.Classes {
		r.Classes = append(r.Classes, Stat{fmt.Sprintf("%dxx", c.Class/100), fmt.Sprintf("%d/%d", c.Right, c.Total)})
	}
	for _, m := range sum.Missed {
		answer := m.Answer.Title()
		if m.Question.Kind == quiz.PickClass {
			answer = fmt.Sprintf("%dxx (%s)", m.Answer.Code/100, m.Answer.Title())
		}
		r.Missed = append(r.Missed, Miss{Answer: answer, Prompt: m.Question.Prompt()})
	}
	switch {
	case sum.Answered == 0:
		r.Note = Line{Tone: Neutral, Text: "No question was answered."}
	case len(r.Missed) == 0:
		r.Note = Line{Tone: Good, Mark: "✓", Text: "No misses. Well done."}
	}
	return r
}

// ReviewPlan says what a review round will ask, before it starts.
func ReviewPlan(p quiz.ReviewPlan, now time.Time) string {
	switch {
	case len(p.Codes) == 0:
		return "You have no review history yet. Every answer in practice and drills builds it, and " +
			"the codes you miss come back here on a spaced schedule."
	case p.Met == 0:
		return fmt.Sprintf("A first review round: %d codes you have not met yet, the core ones first.", len(p.Codes))
	case p.Due > 0:
		due := "1 code is"
		if p.Due != 1 {
			due = fmt.Sprintf("%d codes are", p.Due)
		}
		text := fmt.Sprintf("%s due for review, of %d you have met. This round asks %d: the due ones first",
			due, p.Met, len(p.Codes))
		if p.New > 0 {
			text += fmt.Sprintf(", then %d you have not met", p.New)
		}
		return text + "."
	}
	text := "Nothing is due right now"
	if !p.NextDue.IsZero() {
		text += ": the next code comes back " + Until(now, p.NextDue)
	}
	return text + fmt.Sprintf(". This round practices your %d weakest codes instead.", len(p.Codes))
}

// Until says how far off a time is, in words.
func Until(now, t time.Time) string {
	d := t.Sub(now)
	switch {
	case d < time.Hour:
		return "within the hour"
	case d < 23*time.Hour:
		return fmt.Sprintf("in %d hours", int(d.Hours()+0.5))
	case d < 48*time.Hour:
		return "tomorrow"
	}
	return fmt.Sprintf("in %d days (%s)", int(d.Hours()/24+0.5), t.Local().Format("Mon 2 Jan"))
}
