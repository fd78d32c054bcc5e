package present

import (
	"fmt"
	"slices"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// Stat is one figure of the results: "Score" and "300".
type Stat struct{ Label, Value string }

// Miss is a code missed in the round: its answer, what each miss asked (a
// code missed twice has two prompts), and whether a later ask in the round
// got it right.
type Miss struct {
	Code      int
	Answer    string
	Prompts   []string
	Relearned bool
}

// Pair is two codes confused in the round, either way round, and how often.
type Pair struct {
	A, B  int
	Times int
}

// String is the pair as the results say it: "401↔403 ×2".
func (p Pair) String() string { return fmt.Sprintf("%d↔%d ×%d", p.A, p.B, p.Times) }

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
	Pairs   []Pair // the codes confused, most often first
	Steps   []Step // every answer, in order, with its time
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
	r.Missed, r.Pairs = misses(p.Session.Results()), pairs(sum.Missed)
	r.Steps = steps(p.Session.Results())
	switch {
	case sum.Answered == 0:
		r.Note = Line{Tone: Neutral, Text: "No question was answered."}
	case len(r.Missed) == 0:
		r.Note = Line{Tone: Good, Mark: "✓", Text: "No misses. Well done."}
	}
	return r
}

// Step is one answer of the round as the results list it: "3 ✓ 4.2s 201
// Created". A right answer slower than quiz.SlowAnswer is marked slow,
// because review counts it as hard.
type Step struct {
	N      int
	Mark   string
	Tone   Tone
	Time   string
	Answer string
	Slow   bool
}

// String is the step as plain text.
func (s Step) String() string {
	out := fmt.Sprintf("%2d %s %6s  %s", s.N, s.Mark, s.Time, s.Answer)
	if s.Slow {
		out += "  (slow)"
	}
	return out
}

func steps(results []quiz.Result) []Step {
	out := make([]Step, len(results))
	for i, r := range results {
		st := Step{N: i + 1, Mark: "✓", Tone: Good, Time: Seconds(r.Elapsed.Seconds()), Answer: AnswerTitle(r.Question)}
		switch {
		case r.TimedOut:
			st.Mark, st.Tone, st.Time = "⏱", Bad, "—"
		case !r.Verdict.Correct():
			st.Mark, st.Tone = "✗", Bad
		default:
			st.Slow = r.Elapsed > quiz.SlowAnswer
		}
		out[i] = st
	}
	return out
}

// misses groups the round's wrong answers by code, in the order first
// missed; a code answered right after its last miss is marked relearned.
func misses(results []quiz.Result) []Miss {
	var out []Miss
	at := map[int]int{} // code → index in out
	for _, r := range results {
		code := r.Answer.Code
		i, seen := at[code]
		switch {
		case r.Verdict.Correct():
			if seen {
				out[i].Relearned = true
			}
			continue
		case !seen:
			answer := r.Answer.Title()
			switch r.Question.Kind {
			case quiz.PickClass:
				answer = fmt.Sprintf("%dxx (%s)", code/100, r.Answer.Title())
			case quiz.CodeToHeader:
				answer = fmt.Sprintf("%s (%s)", r.Question.Fact.Header, r.Answer.Title())
			}
			i = len(out)
			at[code] = i
			out = append(out, Miss{Code: code, Answer: answer})
		}
		out[i].Prompts = append(out[i].Prompts, r.Question.Prompt())
		out[i].Relearned = false
	}
	return out
}

// pairs counts the codes picked for others, either way round, most often
// first; a time-out, or a class or header picked, names no pair.
func pairs(missed []quiz.Result) []Pair {
	var out []Pair
	for _, r := range missed {
		if r.TimedOut || !r.ChosenKnown || !r.Question.Kind.ChoosesCode() || r.Chosen == r.Answer.Code {
			continue
		}
		a, b := min(r.Chosen, r.Answer.Code), max(r.Chosen, r.Answer.Code)
		i := slices.IndexFunc(out, func(p Pair) bool { return p.A == a && p.B == b })
		if i < 0 {
			out = append(out, Pair{A: a, B: b})
			i = len(out) - 1
		}
		out[i].Times++
	}
	slices.SortStableFunc(out, func(x, y Pair) int { return y.Times - x.Times })
	return out
}

// ReviewPlan says what a review round will ask, before it starts.
func ReviewPlan(p quiz.ReviewPlan, now time.Time) string {
	text := reviewPlan(p, now)
	switch n := len(p.InLab); {
	case n == 1:
		text += " 1 of them you last missed in the lab: it comes back as a real request."
	case n > 1:
		text += fmt.Sprintf(" %d of them you last missed in the lab: they come back as real requests.", n)
	}
	return text
}

func reviewPlan(p quiz.ReviewPlan, now time.Time) string {
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

// MissNote is what follows a missed code's name: how often it was missed,
// and whether it was then got right in the round. "" for a single miss.
func MissNote(m Miss) string {
	note := ""
	if n := len(m.Prompts); n > 1 {
		note = fmt.Sprintf(" ×%d", n)
	}
	if m.Relearned {
		note += " · right when asked again"
	}
	return note
}
