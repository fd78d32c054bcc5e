package present

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

func catalogue(t *testing.T) *content.Catalogue {
	t.Helper()
	c, err := content.BuiltinCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// authQuestion is a 401-versus-403 scenario offering both.
func authQuestion(t *testing.T) quiz.Question {
	cat := catalogue(t)
	forbidden, _ := cat.Lookup(403)
	sc := content.Scenario{ID: "t", Prompt: "Logged in, lacks permission.", Answer: 403, AlsoAccept: []int{404},
		AcceptNote: "Hiding the resource is fine too.", Explanation: "The server knows who it is."}
	return quiz.Question{Kind: quiz.PickCode, Scenario: &sc, Code: forbidden,
		Options: []quiz.Option{{Value: 401}, {Value: 403}, {Value: 400}, {Value: 409}}}
}

func text(f Feedback) string {
	lines := []string{f.Verdict.String()}
	for _, p := range f.Paragraphs {
		lines = append(lines, p.Label+" "+p.Text)
	}
	return strings.Join(lines, "\n")
}

func TestExplain(t *testing.T) {
	cat := catalogue(t)
	q := authQuestion(t)
	auth, _ := content.FindDrill("auth")
	graded := func(chosen int) quiz.Result {
		var tally quiz.Tally
		r := quiz.Grade(cat, q, chosen)
		r.Elapsed = 3 * time.Second
		return tally.Add(r, nil)
	}
	timedOut := quiz.Grade(cat, q, 0)
	timedOut.TimedOut, timedOut.WhyNot = true, ""
	late := timedOut
	late.Late = true
	for _, tc := range []struct {
		name  string
		r     quiz.Result
		drill *content.Drill
		timed bool
		want  []string
		not   []string
	}{
		{"right", graded(403), nil, false,
			[]string{"✓ Right! 403 Forbidden   +100 points · streak 1", "Why 403: The server knows who it is."},
			[]string{"Why not", "Remember"}},
		{"accepted", graded(404), nil, false,
			[]string{"✓ Accepted. The preferred answer is 403 Forbidden.   +100 points", "Also accepted: Hiding the resource is fine too."},
			nil},
		{"wrong", graded(401), nil, true,
			[]string{"✗ Not quite. You chose 401 Unauthorized; the answer is 403 Forbidden.   3.0s", "Why not 401 Unauthorized: "},
			[]string{"points"}},
		{"timed out", timedOut, nil, true, []string{"⏱ Time's up. The answer is 403 Forbidden."}, []string{"Why not", "0.0s"}},
		{"late", late, nil, true, []string{"⏱ Too late. Your answer came after the time ran out; the answer is 403 Forbidden."}, nil},
		{"drill, right", graded(403), &auth, false, []string{"403 vs 401: ", "Remember: " + auth.Mnemonic}, nil},
		{"drill, wrong", graded(401), &auth, false, []string{"Why not 401 Unauthorized: ", "Remember: " + auth.Mnemonic}, []string{" vs "}},
	} {
		got := text(Explain(tc.r, tc.drill, tc.timed))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: lacks %q:\n%s", tc.name, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: should not say %q:\n%s", tc.name, w, got)
			}
		}
	}
}

func play(t *testing.T, spec round.Spec) *round.Play {
	t.Helper()
	c, err := round.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p, err := round.Start(spec, c, time.Now, func() uint64 { return 3 })
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRules(t *testing.T) {
	for _, tc := range []struct {
		limits round.Limits
		want   string
	}{
		{round.Limits{PerQuestion: 15 * time.Second}, "15 seconds for each question. A right answer scores up to 1000"},
		{round.Limits{Total: 2 * time.Minute}, "2 minutes for the whole round, counted only while a question is open."},
		{round.Limits{Total: 90 * time.Second}, "1m30s for the whole round"},
		{round.Limits{Total: time.Minute, NoTimer: true}, "No clock: a right answer scores 1000"},
	} {
		if got := Rules(play(t, round.Timed(4, tc.limits, ""))); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%+v: %q", tc.limits, got)
		}
	}
	if got := Rules(play(t, round.Practice(4, "", false))); got != "" {
		t.Errorf("an untimed round has no rules: %q", got)
	}
}

func TestSummarize(t *testing.T) {
	p := play(t, round.Practice(3, "", true))
	if got := Summarize(p); got.Note.Text != "No question was answered." || got.Title != "Round complete" && got.Title != "Round ended early" {
		t.Fatalf("nothing answered: %+v", got)
	}
	p.Open()
	if _, err := p.Answer(p.Current().Code.Code); err != nil {
		t.Fatal(err)
	}
	p.Stop()
	got := Summarize(p)
	if got.Title != "Round ended early" || got.Stats[0] != (Stat{"Score", "100"}) || got.Stats[1].Value != "1/1 (100%)" ||
		got.Note.String() != "✓ No misses. Well done." {
		t.Fatalf("one right answer, then stopped: %+v", got)
	}
}

// TestMissesAndPairs: misses are grouped by code in the order first missed,
// a code got right after its last miss is marked relearned, and the pairs
// confused are counted either way round, most often first.
func TestMissesAndPairs(t *testing.T) {
	cat := catalogue(t)
	q := authQuestion(t)
	grade := func(chosen int) quiz.Result { return quiz.Grade(cat, q, chosen) }
	other := q
	other.Code, _ = cat.Lookup(401)
	other.Scenario = &content.Scenario{ID: "u", Prompt: "No token at all.", Answer: 401}
	results := []quiz.Result{grade(401), quiz.Grade(cat, other, 403), grade(401), grade(403), quiz.Grade(cat, other, 400)}
	got := misses(results)
	if len(got) != 2 || got[0].Code != 403 || len(got[0].Prompts) != 2 || !got[0].Relearned ||
		got[1].Code != 401 || len(got[1].Prompts) != 2 || got[1].Relearned {
		t.Fatalf("misses %+v", got)
	}
	if note := MissNote(got[0]); note != " ×2 · right when asked again" {
		t.Errorf("note %q", note)
	}
	var wrong []quiz.Result
	for _, r := range results {
		if !r.Verdict.Correct() {
			wrong = append(wrong, r)
		}
	}
	ps := pairs(wrong)
	if len(ps) != 2 || ps[0] != (Pair{401, 403, 3}) || ps[1] != (Pair{400, 401, 1}) || ps[0].String() != "401↔403 ×3" {
		t.Fatalf("pairs %+v", ps)
	}
}

// TestStepsGiveEveryAnswerItsTime: each answer in order, right, wrong or
// timed out, with its time, and a right but slow one marked so.
func TestStepsGiveEveryAnswerItsTime(t *testing.T) {
	cat := catalogue(t)
	q := authQuestion(t)
	at := func(chosen int, d time.Duration) quiz.Result {
		r := quiz.Grade(cat, q, chosen)
		r.Elapsed = d
		return r
	}
	out := quiz.Grade(cat, q, 0)
	out.TimedOut = true
	got := steps([]quiz.Result{at(403, 4200*time.Millisecond), at(401, 2*time.Second), at(403, 41*time.Second), out})
	want := []string{
		" 1 ✓   4.2s  403 Forbidden",
		" 2 ✗   2.0s  403 Forbidden",
		" 3 ✓  41.0s  403 Forbidden  (slow)",
		" 4 ⏱      —  403 Forbidden",
	}
	if len(got) != len(want) {
		t.Fatalf("%d steps for 4 answers", len(got))
	}
	for i, s := range got {
		if s.String() != want[i] {
			t.Errorf("step %d: %q, want %q", i+1, s.String(), want[i])
		}
	}
}

func TestRequestAndResponse(t *testing.T) {
	r := content.Request{Method: "POST", Path: "/users", Header: []string{"Content-Type: application/json"}, Body: `{"email":"o'neil@example.com"}`}
	if got, want := Curl("http://127.0.0.1:8080", r),
		`curl -i -X POST 'http://127.0.0.1:8080/users' -H 'Content-Type: application/json' -d '{"email":"o'\''neil@example.com"}'`; got != want {
		t.Errorf("curl:\n got  %s\n want %s", got, want)
	}
	if got := strings.Join(RequestLines(r), "|"); got != `POST /users HTTP/1.1|Content-Type: application/json||{"email":"o'neil@example.com"}` {
		t.Errorf("request lines %q", got)
	}
	h := http.Header{"Date": {"x"}, "Location": {"/users/3"}, "Content-Type": {"application/json"}, "X-Evil": {"a\x1b[2Jb"}}
	got := strings.Join(ResponseLines("HTTP/1.1 201 Created", h, "{}"), "|")
	if got != "HTTP/1.1 201 Created|Content-Type: application/json|Location: /users/3|X-Evil: a[2Jb||{}" {
		t.Errorf("response lines %q", got)
	}
}
