package present

import (
	"fmt"

	"github.com/httpquiz/httpquiz/round"
)

// TodayLines is the Today card in words: what is due, the streak, the goal
// and the core codes known, each line its own.
func TodayLines(t round.Today) []string {
	due := "Nothing due for review"
	switch {
	case t.Due > 0 && t.Relearning > 0:
		due = fmt.Sprintf("%s due for review · %d relearning from today's misses", Plural(t.Due, "code"), t.Relearning)
	case t.Due > 0:
		due = Plural(t.Due, "code") + " due for review"
	case t.Relearning > 0:
		due = fmt.Sprintf("%s missed today, back for review in a minute", Plural(t.Relearning, "code"))
	}
	streak := "No streak yet: answer a question today to start one"
	if t.StreakDays > 0 {
		streak = fmt.Sprintf("A %d-day streak", t.StreakDays)
	}
	goal := fmt.Sprintf("%d of %d answers today", min(t.Answered, t.Goal), t.Goal)
	if t.Answered >= t.Goal {
		goal = fmt.Sprintf("Today's goal met: %d answers (goal %d)", t.Answered, t.Goal)
	}
	return []string{due, streak, goal, fmt.Sprintf("%d core codes: %d solid", t.Core, t.CoreSolid)}
}

// TodayStart says what enter starts from the Today card.
func TodayStart(t round.Today) (title, desc string) {
	if t.Worth() {
		return "Review now", Plural(t.Due, "code") + " due: the most useful thing to do now"
	}
	return "Practice now", "10 mixed questions; review has nothing due"
}

// TodayShort is the Today card in one line, for a small window.
func TodayShort(t round.Today) string {
	return fmt.Sprintf("%d due · %d-day streak · %d/%d answers · %d of %d core codes solid",
		t.Due, t.StreakDays, min(t.Answered, t.Goal), t.Goal, t.CoreSolid, t.Core)
}
