package tui

import (
	"fmt"
	"strings"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/theme"
)

// Limits on how much of the record the stats view lists.
const (
	statsDays  = 14
	statsCodes = 12
	barWidth   = 20
)

// RenderStats draws the learner's record, wrapped to width: the output of
// `httpquiz stats` and the stats screen.
func RenderStats(st store.Stats, cat *content.Catalogue, width int, s theme.Styles) string {
	if st.Total.Answered == 0 {
		return s.Strong.Render("No answers yet.") + "\n" +
			theme.Wrap(s.Muted.Render("Play a round (httpquiz practice) and every answer is kept here: accuracy by class and code, the codes you mix up, and when each one is due for review."), width)
	}
	var b strings.Builder
	section := func(title string) { b.WriteString("\n" + s.Heading.Render(title) + "\n") }
	b.WriteString(s.Strong.Render(fmt.Sprintf("%d answers · %.0f%% right · %s",
		st.Total.Answered, 100*st.Total.Accuracy(), present.Plural(st.StreakDays, "day")+" in a row")) + "\n")
	r := st.Review
	b.WriteString(theme.Wrap(s.Text.Render(fmt.Sprintf("Review: %s met · %d due now · %d due today · %d due this week",
		present.Plural(r.Cards, "code"), r.DueNow, r.DueToday, r.DueWeek)), width) + "\n")

	section("Answers by day")
	days := st.Days[max(len(st.Days)-statsDays, 0):]
	most := 1
	for _, d := range days {
		most = max(most, d.Answered)
	}
	for _, d := range days {
		b.WriteString(fmt.Sprintf("  %s  %s %s\n", d.Day, s.Muted.Render(fmt.Sprintf("%4d", d.Answered)),
			bar(s, d.Answered*barWidth/most, barWidth)+" "+pct(d.Accuracy())))
	}

	section("By class")
	for _, c := range st.Classes {
		b.WriteString(fmt.Sprintf("  %s  %s %s %s\n", s.Code(c.Code).Render(fmt.Sprintf("%dxx", c.Code/100)),
			accuracyBar(s, c.Accuracy()), pct(c.Accuracy()), s.Muted.Render(fmt.Sprintf("(%d)", c.Answered))))
	}

	section("Weakest codes")
	weak := Weakest(st, cat, statsCodes)
	if len(weak) == 0 {
		b.WriteString("  " + s.Muted.Render("None: every code you have met, you have always got right.") + "\n")
	}
	nameWidth := min(max(width-barWidth-26, 8), 32)
	for _, c := range weak {
		e, _ := cat.Lookup(c.Code)
		b.WriteString(fmt.Sprintf("  %s %s %s %s %s\n", s.Code(c.Code).Render(itoa(c.Code)),
			s.Text.Render(padRight(theme.Ellipsis(e.Name, nameWidth), nameWidth)), accuracyBar(s, c.Accuracy()), pct(c.Accuracy()),
			s.Muted.Render(fmt.Sprintf("(%d)", c.Answered))))
	}

	if mixed := mixedUp(st, cat); len(mixed) > 0 {
		section("Mixed up most")
		for _, c := range mixed {
			b.WriteString(theme.Wrap(fmt.Sprintf("  You answered %s when it was %s: %s", s.Bad.Render(itoa(c.Chosen)),
				s.Good.Render(itoa(c.Asked)), present.Plural(c.Times, "time")), width) + "\n")
		}
	}

	section("Every registered code")
	b.WriteString(masteryGrid(st, cat, width, s) + "\n")
	return strings.TrimRight(b.String(), "\n")
}

func accuracyBar(s theme.Styles, acc float64) string {
	return bar(s, int(acc*barWidth+0.5), barWidth)
}

// bar is filled cells out of width, drawn with two characters so that it
// reads without color too.
func bar(s theme.Styles, filled, width int) string {
	filled = min(max(filled, 0), width)
	return s.Good.Render(strings.Repeat("█", filled)) + s.Muted.Render(strings.Repeat("░", width-filled))
}

func pct(x float64) string { return fmt.Sprintf("%3.0f%%", 100*x) }

func padRight(s string, n int) string {
	return s + strings.Repeat(" ", max(n-len([]rune(s)), 0))
}

// Weakest are the registered codes answered wrong at least once, the least
// often right first: a code always got right is not weak, however rarely met.
func Weakest(st store.Stats, cat *content.Catalogue, n int) []store.CodeTally {
	var out []store.CodeTally
	for _, c := range st.Codes {
		if cat.Has(c.Code) && c.Correct < c.Answered && len(out) < n {
			out = append(out, c)
		}
	}
	return out
}

// mixedUp are the confusions between registered codes: a typed number that
// is no code at all is a slip, not a mix-up.
func mixedUp(st store.Stats, cat *content.Catalogue) []store.ConfusionTally {
	var out []store.ConfusionTally
	for _, c := range st.Confusions {
		if cat.Has(c.Asked) && cat.Has(c.Chosen) {
			out = append(out, c)
		}
	}
	return out
}

// Mastery glyphs: each says with its shape what its color says.
const (
	glyphSolid    = "●" // FSRS expects it to be recalled for a week or more
	glyphLearning = "◐" // met, not yet solid
	glyphMissed   = "✗" // relearning a miss from today
	glyphUnmet    = "·" // never met
)

// masteryGrid is every registered code with a glyph for how well it is known.
func masteryGrid(st store.Stats, cat *content.Catalogue, width int, s theme.Styles) string {
	cards := map[int]quiz.Card{}
	for _, c := range st.Cards {
		cards[c.Code] = c
	}
	const cell = 7 // "● 404  "
	perLine := max(width/cell, 1)
	var lines []string
	var line strings.Builder
	for i, e := range cat.Codes() {
		glyph, style := glyphUnmet, s.Muted
		if c, ok := cards[e.Code]; ok {
			switch {
			case c.Relearning:
				glyph, style = glyphMissed, s.Bad
			case c.Stability >= round.SolidDays:
				glyph, style = glyphSolid, s.Good
			default:
				glyph, style = glyphLearning, s.Warn
			}
		}
		line.WriteString(style.Render(glyph) + " " + s.Code(e.Code).Render(itoa(e.Code)) + "  ")
		if (i+1)%perLine == 0 {
			lines = append(lines, "  "+strings.TrimRight(line.String(), " "))
			line.Reset()
		}
	}
	if line.Len() > 0 {
		lines = append(lines, "  "+strings.TrimRight(line.String(), " "))
	}
	legend := fmt.Sprintf("%s solid (a week or more)  %s learning  %s missed today  %s not met yet",
		glyphSolid, glyphLearning, glyphMissed, glyphUnmet)
	return strings.Join(lines, "\n") + "\n" + theme.Wrap(s.Muted.Render("  "+legend), width)
}
