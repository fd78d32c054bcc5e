package cli

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/store"
)

// A classroom round as a Markdown summary a host can paste after the
// workshop: the podium, each question's difficulty, the wrong answers most
// chosen, and the standings.

// roundReport is what the summary is written from.
type roundReport struct {
	round     store.ClassRoundSummary
	standings []store.ClassStanding
	questions []store.ClassQuestion
	cat       *content.Catalogue
}

// mostWrong is how many of the most chosen wrong answers the summary lists.
const mostWrong = 5

func writeMarkdown(w io.Writer, r roundReport) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# httpquiz classroom, round %d\n\n", r.round.ID)
	fmt.Fprintf(&b, "%s · %s · %s · seed %s · deck %s\n\n", r.round.Started, present.Plural(r.round.Questions, "question"),
		present.Plural(len(r.standings), "player"), r.round.Seed, md(r.round.DeckHash))
	b.WriteString("## Podium\n\n")
	for _, s := range r.standings {
		medal, ok := present.Medal(s.Rank)
		if !ok {
			break
		}
		fmt.Fprintf(&b, "- %s **%s**: %d points, %d right\n", medal, md(s.Name), s.Score, s.Right)
	}
	b.WriteString("\n## Questions, hardest first\n\n")
	b.WriteString("| Question | Answer | Right | Timed out | Most chosen wrong answer |\n|---|---|---|---|---|\n")
	for _, q := range hardestFirst(r.questions) {
		wrong := "none"
		if o, ok := topWrong(q); ok {
			wrong = fmt.Sprintf("%s (%d)", md(r.title(o.Code)), o.Chosen)
		}
		fmt.Fprintf(&b, "| %d | %s | %d of %d (%s) | %d | %s |\n", q.Question, md(r.title(q.Asked)), q.Right, q.Played,
			percent(q.Right, q.Played), q.TimedOut, wrong)
	}
	b.WriteString("\n## The wrong answers most chosen\n\n")
	wrongs := r.wrongAnswers()
	if len(wrongs) == 0 {
		b.WriteString("Nobody chose a wrong answer.\n")
	}
	for _, l := range wrongs {
		b.WriteString("- " + l + "\n")
	}
	b.WriteString("\n## Standings\n\n| Rank | Name | Score | Right | Missed | Timed out |\n|---|---|---|---|---|---|\n")
	for _, s := range r.standings {
		fmt.Fprintf(&b, "| %d | %s | %d | %d | %d | %d |\n", s.Rank, md(s.Name), s.Score, s.Right, s.Missed, s.TimedOut)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// hardestFirst orders the questions by the share of right answers, fewest first.
func hardestFirst(qs []store.ClassQuestion) []store.ClassQuestion {
	out := slices.Clone(qs)
	slices.SortStableFunc(out, func(a, b store.ClassQuestion) int {
		return cmp.Compare(share(a.Right, a.Played), share(b.Right, b.Played))
	})
	return out
}

func share(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

func percent(n, of int) string { return fmt.Sprintf("%.0f%%", 100*share(n, of)) }

// topWrong is a question's most chosen wrong option, if anyone chose one.
func topWrong(q store.ClassQuestion) (store.OptionCount, bool) {
	var best store.OptionCount
	for _, o := range q.Options {
		if o.Code != q.Asked && o.Chosen > best.Chosen {
			best = o
		}
	}
	return best, best.Chosen > 0
}

// wrongAnswers lists the wrong choices most made across the round.
func (r roundReport) wrongAnswers() []string {
	type wrong struct {
		q store.ClassQuestion
		o store.OptionCount
	}
	var all []wrong
	for _, q := range r.questions {
		for _, o := range q.Options {
			if o.Code != q.Asked && o.Chosen > 0 {
				all = append(all, wrong{q, o})
			}
		}
	}
	slices.SortStableFunc(all, func(a, b wrong) int { return cmp.Compare(b.o.Chosen, a.o.Chosen) })
	var out []string
	for _, w := range all[:min(len(all), mostWrong)] {
		out = append(out, fmt.Sprintf("%s instead of %s: %s (question %d)", md(r.title(w.o.Code)), md(r.title(w.q.Asked)),
			present.Plural(w.o.Chosen, "player"), w.q.Question))
	}
	return out
}

// title names a code, "409 Conflict", or gives its number alone if the
// catalogue does not know it.
func (r roundReport) title(code int) string {
	if c, ok := r.cat.Lookup(code); ok {
		return c.Title()
	}
	return fmt.Sprint(code)
}

// md makes text from a player or a file plain Markdown text: one line, with
// every character Markdown could read as syntax escaped, so that a name can
// never become a link, an image or a table cell of its own.
func md(s string) string {
	var b strings.Builder
	for _, r := range content.Printable(s, 0) {
		if strings.ContainsRune("\\`*_{}[]()<>#+-.!|~", r) {
			b.WriteRune('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
