package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/store"
)

// classRoundDB stores a round of three players and two questions: 409
// (Ada right, Bob 422, Cy 422) and 401 (Ada and Bob right, Cy timed out).
func classRoundDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "p.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	at := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	id, err := s.StartClassRound(ctx, store.ClassRound{Started: at, Seed: 5, DeckHash: "abcdef12", Version: "t", Questions: 2})
	if err != nil {
		t.Fatal(err)
	}
	events := []store.ClassEvent{}
	for i, name := range []string{"Ada", "Bob", "[Cy](http://x.example)"} {
		events = append(events, store.ClassEvent{Player: i + 1, Name: name, At: at, Question: -1})
	}
	answer := func(player, q, asked, chosen, points, score int) store.ClassEvent {
		return store.ClassEvent{Player: player, At: at, Question: q, QuestionID: "q" + string(rune('a'+q)), Asked: asked,
			Chosen: chosen, Correct: asked == chosen, Elapsed: 2 * time.Second, Points: points, Score: score}
	}
	events = append(events, answer(1, 0, 409, 409, 900, 900), answer(2, 0, 409, 422, 0, 0), answer(3, 0, 409, 422, 0, 0),
		store.ClassEvent{Question: 0, QuestionID: "qa", Asked: 409, Options: []int{422, 409, 400, 412}},
		answer(1, 1, 401, 401, 800, 1700), answer(2, 1, 401, 401, 700, 700), answer(3, 1, 401, 0, 0, 0),
		store.ClassEvent{Question: 1, QuestionID: "qb", Asked: 401, Options: []int{401, 403, 407, 400}})
	for i := range events {
		events[i].Round = id
	}
	if err := s.SaveClassEvents(ctx, events); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestResultsMarkdown: the summary names the podium, puts the hardest
// question first with its most chosen wrong answer, and keeps a player's
// name from becoming a link.
func TestResultsMarkdown(t *testing.T) {
	db := classRoundDB(t)
	r := httpquiz(t, "", "--db", db, "results", "1", "--format", "markdown")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"# httpquiz classroom, round 1",
		"- 🥇 1. **Ada**: 1700 points, 2 right\n- 🥈 2. **Bob**: 700 points, 1 right\n- 🥉 3. **\\[Cy\\]\\(http://x\\.example\\)**",
		"| 1 | 409 Conflict | 1 of 3 (33%) | 0 | 422 Unprocessable Content (2) |\n| 2 | 401 Unauthorized | 2 of 3 (67%) | 1 | none |",
		"- 422 Unprocessable Content instead of 409 Conflict: 2 players (question 1)",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the summary lacks %q:\n%s", want, r.stdout)
		}
	}
}

// TestResultsPerQuestion: every answer, and each option's count, those
// nobody chose included.
func TestResultsPerQuestion(t *testing.T) {
	db := classRoundDB(t)
	r := httpquiz(t, "", "--db", db, "results", "1", "--questions", "--format", "csv")
	want := "question,question_id,asked,played,right,timed_out,chosen\n1,qa,409,3,1,0,422:2 409:1 400:0 412:0\n" +
		"2,qb,401,3,2,1,401:2 403:0 407:0 400:0\n"
	if r.code != 0 || r.stdout != want {
		t.Fatalf("--questions: exit %d\n%s\nwant\n%s", r.code, r.stdout, want)
	}
	r = httpquiz(t, "", "--db", db, "results", "1", "--answers", "--format", "csv")
	if r.code != 0 || !strings.Contains(r.stdout, "2,qb,[Cy](http://x.example),401,timed out,false,2000,0\n") ||
		!strings.Contains(r.stdout, "1,qa,Bob,409,422,false,2000,0\n") {
		t.Fatalf("--answers: exit %d\n%s", r.code, r.stdout)
	}
	for _, args := range [][]string{{"results", "--answers"}, {"results", "1", "--answers", "--questions"},
		{"results", "1", "--format", "markdown", "--answers"}} {
		if r := httpquiz(t, "", append([]string{"--db", db}, args...)...); r.code != 2 || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", args, r.code, r.stderr)
		}
	}
}

// TestDrillMineWithoutHistory: the drill of one's own mix-ups, before there
// are any, says so in one line and exits 1.
func TestDrillMineWithoutHistory(t *testing.T) {
	r := httpquiz(t, "", "--db", filepath.Join(t.TempDir(), "p.db"), "drill", "mine")
	if r.code != 1 || !strings.Contains(r.stderr, "no mix-ups recorded yet") || strings.Count(r.stderr, "\n") != 1 {
		t.Fatalf("exit %d: %q", r.code, r.stderr)
	}
	if r := httpquiz(t, "", "drill"); !strings.Contains(r.stdout, "mine ") {
		t.Fatalf("the list of drills lacks mine:\n%s", r.stdout)
	}
}
