package tui

import (
	"context"
	"github.com/charmbracelet/x/ansi"
	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/theme"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/internal/golden"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/store"
)

func withProgress(t *testing.T, opts Options) (Options, *store.Lazy) {
	t.Helper()
	lazy := store.NewLazy(filepath.Join(t.TempDir(), "progress.db"))
	t.Cleanup(func() { lazy.Close() })
	opts.Progress = lazy
	opts.Version = "test"
	return opts, lazy
}

func TestAnswersAreSaved(t *testing.T) {
	opts, lazy := withProgress(t, Options{Start: StartRound, Spec: practiceRound()})
	opts.Spec.Mode = "practice"
	hs := newHarness(t, opts, 80, 24)
	hs.press(rightOption(t, hs))
	if !strings.Contains(hs.view(), "· saved") {
		t.Fatalf("the feedback should say the answer is saved:\n%s", hs.view())
	}
	hs.press("enter")
	hs.press(wrongOption(t, hs), "q")
	s, err := lazy.Get()
	if err != nil {
		t.Fatal(err)
	}
	answers, rounds, _ := s.Counts(context.Background())
	st, _ := s.Stats(context.Background(), time.Now())
	if answers != 2 || rounds != 1 || st.Total != (store.Tally{Answered: 2, Correct: 1}) {
		t.Fatalf("stored %d answers in %d rounds, totals %+v", answers, rounds, st.Total)
	}
}

func TestNotSavingIsAnnounced(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(bad, []byte(strings.Repeat("not a database\n", 400)), 0o600)
	opts := Options{Start: StartRound, Spec: practiceRound(), Progress: store.NewLazy(bad)}
	hs := newHarness(t, opts, 80, 24)
	hs.press("1")
	v := hs.view()
	if !strings.Contains(v, "⚠ Not saving progress:") || !strings.Contains(v, "not an httpquiz database") {
		t.Fatalf("the failure should be announced:\n%s", v)
	}
	hs.press("enter")
	screenIs[*question](t, hs) // and the round goes on
	if data, _ := os.ReadFile(bad); !strings.HasPrefix(string(data), "not a database") {
		t.Fatal("the file was changed")
	}
}

func TestReviewAndStats(t *testing.T) {
	opts, _ := withProgress(t, Options{})
	hs := newHarness(t, opts, 80, 24)
	// No history yet.
	hs.choose("Review")
	screenIs[*reviewIntro](t, hs)
	if !strings.Contains(hs.view(), "no review history yet") {
		t.Fatalf("%s", hs.view())
	}
	hs.press("n")
	if p := screenIs[*reviewIntro](t, hs).plan; p.New != quiz.DefaultCount || !strings.Contains(hs.view(), "have not met") {
		t.Fatalf("n should offer new codes: %+v\n%s", p, hs.view())
	}
	hs.press("q")
	screenIs[*menu](t, hs)
	// Play a round: two right, two wrong.
	hs.press("enter")
	for i := 0; !screenIsResults(hs); i++ {
		if i%2 == 0 {
			hs.press(rightOption(t, hs), "enter")
		} else {
			hs.press(wrongOption(t, hs), "enter")
		}
	}
	hs.press("enter")
	// Two days later the missed codes are due.
	later := time.Now().Add(48 * time.Hour)
	hs.model.sh.opts.Clock = func() time.Time { return later }
	hs.choose("Review")
	intro := screenIs[*reviewIntro](t, hs)
	if intro.plan.Due == 0 || !strings.Contains(hs.view(), "due for review") {
		t.Fatalf("missed codes should be due:\n%s", hs.view())
	}
	hs.press("enter")
	q := screenIs[*question](t, hs)
	if q.play.Spec.Mode != "review" || q.play.Session.Len() != len(intro.plan.Codes) {
		t.Fatalf("review round of %d", q.play.Session.Len())
	}
	hs.press("q") // nothing answered: straight back to the menu
	hs.choose("Stats")
	stats := screenIs[*statsScreen](t, hs)
	if !strings.Contains(hs.view(), "answers") {
		t.Fatalf("stats:\n%s", hs.view())
	}
	full := RenderStats(stats.stats, hs.model.sh.content.Catalogue, 80, hs.model.sh.styles)
	for _, want := range []string{"By class", "Weakest codes", "Mixed up most", "You answered"} {
		if !strings.Contains(full, want) {
			t.Errorf("stats lack %q:\n%s", want, full)
		}
	}
	hs.press("pgdown")
	if !strings.Contains(hs.view(), "more above") {
		t.Errorf("the stats should scroll:\n%s", hs.view())
	}
}

func screenIsResults(hs *harness) bool {
	_, ok := hs.model.screen.(*results)
	return ok
}

func TestReviewWithoutProgress(t *testing.T) {
	hs := newHarness(t, Options{Start: StartReview, Review: round.ReviewOptions{Count: 5}}, 80, 24)
	m := screenIs[*menu](t, hs)
	if !strings.Contains(m.notice, "not being kept") {
		t.Fatalf("notice %q", m.notice)
	}
}

func TestReviewIncludeNew(t *testing.T) {
	opts, _ := withProgress(t, Options{Start: StartReview, Review: round.ReviewOptions{Count: 4, IncludeNew: true, Seed: 9, FixedSeed: true}})
	hs := newHarness(t, opts, 80, 24)
	intro := screenIs[*reviewIntro](t, hs)
	if intro.plan.New != 4 || intro.plan.Codes[0] != 200 {
		t.Fatalf("plan %+v", intro.plan)
	}
	hs.press("enter")
	q := screenIs[*question](t, hs)
	if q.play.Session.Current().Code.Code != 200 || q.play.Seed() != 9 {
		t.Fatalf("first review question %v", q.play.Session.Current().ID())
	}
	_ = quiz.DefaultCount
}

// TestGoldenProgressScreens pins the review and stats screens of a learner
// with no history.
func TestGoldenProgressScreens(t *testing.T) {
	for _, start := range []struct {
		name  string
		start Start
	}{{"review-empty", StartReview}, {"stats-empty", StartStats}} {
		opts, _ := withProgress(t, Options{Start: start.start})
		hs := newHarness(t, opts, 80, 24)
		golden.Check(t, start.name+"-80x24", golden.TrimLines(hs.view()))
	}
}

// TestDrillMine: with no mix-ups yet, the drill of one's own says why; after
// a wrong pick, it drills that pair.
func TestDrillMine(t *testing.T) {
	opts, _ := withProgress(t, Options{})
	hs := newHarness(t, opts, 80, 24)
	hs.choose("Drills")
	hs.press("enter") // mine, the first
	if m := screenIs[*menu](t, hs); !strings.Contains(m.notice, "no mix-ups recorded yet") {
		t.Fatalf("no history: %q", m.notice)
	}
	opts.Start, opts.Spec = StartRound, practiceRound()
	hs = newHarness(t, opts, 80, 24)
	q := screenIs[*question](t, hs)
	wrong := wrongOption(t, hs)
	pair := []int{q.play.Current().Options[int(wrong[0]-'1')].Value, q.play.Current().Code.Code}
	hs.press(wrong, "q", "enter") // a wrong pick, the results, the menu
	hs.choose("Drills")
	hs.press("enter", "enter") // mine, past its lesson
	d := screenIs[*question](t, hs).play.Spec.Config.Drill
	if d == nil || d.Name != "mix-ups" || !slices.Contains(d.Codes, pair[0]) || !slices.Contains(d.Codes, pair[1]) {
		t.Fatalf("drill %+v, want the pair %v", d, pair)
	}
}

// TestStatsLeadSomewhere: the weakest codes leave out those always got
// right and numbers that are no code; the grid marks every registered code;
// w practices the weakest and d drills the mix-ups.
func TestStatsLeadSomewhere(t *testing.T) {
	cat := catalogueForTest(t)
	st := store.Stats{Total: store.Tally{Answered: 9, Correct: 5},
		Codes: []store.CodeTally{{Code: 999, Tally: store.Tally{Answered: 2}}, {Code: 409, Tally: store.Tally{Answered: 3, Correct: 1}},
			{Code: 200, Tally: store.Tally{Answered: 4, Correct: 4}}},
		Confusions: []store.ConfusionTally{{Asked: 404, Chosen: 999, Times: 2}, {Asked: 409, Chosen: 422, Times: 1}},
		Cards:      []quiz.Card{{Code: 409, Relearning: true}, {Code: 200, Memory: quiz.Memory{Stability: 30}}}}
	if weak := Weakest(st, cat, 10); len(weak) != 1 || weak[0].Code != 409 {
		t.Fatalf("weakest %+v", weak)
	}
	text := ansi.Strip(RenderStats(st, cat, 80, theme.NewStyles(theme.ANSIPalette())))
	if strings.Contains(text, "999") || !strings.Contains(text, "422 when it was 409") ||
		!strings.Contains(text, "✗ 409") || !strings.Contains(text, "● 200") || !strings.Contains(text, "· 100") {
		t.Fatalf("stats:\n%s", text)
	}
	opts, _ := withProgress(t, Options{Start: StartRound, Spec: practiceRound()})
	hs := newHarness(t, opts, 80, 24)
	hs.press(wrongOption(t, hs), "q", "enter")
	hs.choose("Stats")
	hs.press("w")
	if q := screenIs[*question](t, hs); q.play.Spec.Title != "Practice: your weakest codes" || len(q.play.Spec.Config.Codes) != 1 {
		t.Fatalf("w started %q with codes %v", q.play.Spec.Title, q.play.Spec.Config.Codes)
	}
}

func catalogueForTest(t *testing.T) *content.Catalogue {
	t.Helper()
	c, err := content.BuiltinCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
