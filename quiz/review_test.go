package quiz

import (
	"fmt"
	"testing"
	"time"
)

func TestRatingFor(t *testing.T) {
	scenario := Question{Kind: PickCode}
	for _, tc := range []struct {
		name string
		r    Result
		want Rating
		ok   bool
	}{
		{"wrong", Result{Question: scenario, Verdict: Wrong, Elapsed: time.Second}, Again, true},
		{"fast first try", Result{Question: scenario, Verdict: Right, Elapsed: 3 * time.Second}, Easy, true},
		{"fast retry", Result{Question: Question{Kind: PickCode, Retry: 1}, Verdict: Right, Elapsed: 3 * time.Second}, Good, true},
		{"fast but also accepted", Result{Question: scenario, Verdict: AlsoAccepted, Elapsed: 3 * time.Second}, Good, true},
		{"ordinary", Result{Question: scenario, Verdict: Right, Elapsed: 15 * time.Second}, Good, true},
		{"slow", Result{Question: scenario, Verdict: Right, Elapsed: 45 * time.Second}, Hard, true},
		{"meaning", Result{Question: Question{Kind: PickMeaning}, Verdict: Right, Elapsed: 12 * time.Second}, Good, true},
		{"class", Result{Question: Question{Kind: PickClass}, Verdict: Wrong}, 0, false},
	} {
		got, ok := RatingFor(tc.r)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: %v %v, want %v %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCardApply(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	c := Card{Code: 401}.Apply(Good, now)
	if c.Reps != 1 || c.Lapses != 0 || !c.Due.Equal(now.Add(3*24*time.Hour)) {
		t.Fatalf("after a first good: %+v", c)
	}
	later := now.Add(3 * 24 * time.Hour)
	c = c.Apply(Again, later)
	if c.Lapses != 1 || c.Reps != 2 || !c.Due.After(later) || c.Stability >= 2.3065 {
		t.Fatalf("after a lapse: %+v", c)
	}
	if r := c.RetrievabilityAt(later); r < 0.999 {
		t.Errorf("right after a review recall is certain, got %v", r)
	}
}

func TestReviewOrder(t *testing.T) {
	now := time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	cards := []Card{
		{Code: 200, Memory: Memory{Stability: 50}, LastReview: now.Add(-2 * day), Due: now.Add(40 * day)}, // safe
		{Code: 404, Memory: Memory{Stability: 3}, LastReview: now.Add(-5 * day), Due: now.Add(-2 * day)},  // due, older
		{Code: 401, Memory: Memory{Stability: 2}, LastReview: now.Add(-2 * day), Due: now},                // due now
		{Code: 403, Memory: Memory{Stability: 4}, LastReview: now.Add(-3 * day), Due: now.Add(day)},       // not due, weak
		{Code: 500, Memory: Memory{Stability: 10}, LastReview: now.Add(-1 * day), Due: now.Add(9 * day)},  // not due, strong
	}
	var got []int
	for _, c := range ReviewOrder(cards, now) {
		got = append(got, c.Code)
	}
	want := []int{404, 401, 403, 500, 200}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
	if n := DueCount(cards, now); n != 2 {
		t.Errorf("%d due, want 2", n)
	}
	if next, ok := NextDue(cards, now); !ok || !next.Equal(now.Add(day)) {
		t.Errorf("next due %v", next)
	}
}

func TestPlanReview(t *testing.T) {
	now := time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	cards := []Card{
		{Code: 200, Memory: Memory{Stability: 50}, LastReview: now.Add(-2 * day), Due: now.Add(40 * day)},
		{Code: 404, Memory: Memory{Stability: 3}, LastReview: now.Add(-5 * day), Due: now.Add(-2 * day)},
		{Code: 403, Memory: Memory{Stability: 4}, LastReview: now.Add(-3 * day), Due: now.Add(day)},
	}
	p := PlanReview(cards, []int{418, 429}, now, 10, false)
	if fmt.Sprint(p.Codes) != "[404 403 200]" || p.Due != 1 || p.Met != 3 || p.New != 0 {
		t.Errorf("plan %+v", p)
	}
	p = PlanReview(cards, []int{429, 502}, now, 3, true)
	if fmt.Sprint(p.Codes) != "[404 429 502]" || p.New != 2 {
		t.Errorf("with new codes: %+v", p)
	}
	p = PlanReview(cards[:1], nil, now, 5, false)
	if p.Due != 0 || !p.NextDue.Equal(now.Add(40*day)) || fmt.Sprint(p.Codes) != "[200]" {
		t.Errorf("nothing due: %+v", p)
	}
	if p := PlanReview(nil, []int{401}, now, 5, false); len(p.Codes) != 0 || p.Met != 0 {
		t.Errorf("no history, no new codes asked for: %+v", p)
	}
}

// TestRelearningStep: a miss brings the code back after RelearnStep; on the
// step, a miss keeps it there and a right answer sends it on to FSRS's
// interval; FSRS's memory and its next review are what they would be with
// no step at all.
func TestRelearningStep(t *testing.T) {
	t0 := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	missed := Card{Code: 403}.Apply(Again, t0)
	if !missed.Relearning || !missed.Due.Equal(t0.Add(RelearnStep)) || missed.Reps != 1 {
		t.Fatalf("after a miss: %+v", missed)
	}
	if missed.IsDue(t0.Add(RelearnStep/2)) || !missed.IsDue(t0.Add(RelearnStep)) {
		t.Fatal("a missed code is due again after the step, not before")
	}
	if soon := missed.Apply(Good, t0.Add(RelearnStep/2)); soon != missed {
		t.Fatalf("right before the step is over: %+v", soon)
	}
	again := missed.Apply(Again, t0.Add(2*time.Minute))
	if !again.Relearning || again.Memory != missed.Memory || !again.Due.Equal(t0.Add(2*time.Minute+RelearnStep)) {
		t.Fatalf("missed again on the step: %+v", again)
	}
	back := again.Apply(Good, t0.Add(5*time.Minute))
	days := intervalDays(missed.Stability)
	if back.Relearning || back.Memory != missed.Memory || !back.LastReview.Equal(t0) ||
		!back.Due.Equal(t0.Add(5*time.Minute+time.Duration(days)*24*time.Hour)) || days < 1 {
		t.Fatalf("right on the step: %+v (FSRS's interval %d days)", back, days)
	}
	// The next review is FSRS's own, as if the step had not been there.
	later := back.Due
	withStep := back.Apply(Good, later)
	without, _ := Review(missed.Memory, Good, DaysBetween(t0, later))
	if withStep.Memory != without || withStep.Relearning || withStep.Reps != 2 {
		t.Fatalf("the review after the step: %+v, FSRS alone %+v", withStep.Memory, without)
	}
}
