package quiz

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/content"
)

func bank(t testing.TB) content.Builtin {
	t.Helper()
	b, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newSession(t testing.TB, cfg Config) *Session {
	t.Helper()
	b := bank(t)
	s, err := New(b.Catalogue, b.Deck, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func practice(seed uint64) Config {
	return Config{Count: DefaultCount, Seed: seed, Kinds: PracticeKinds}
}

// fingerprint describes every question and its options, for comparing rounds.
func fingerprint(s *Session) string {
	var b strings.Builder
	for _, q := range s.queue {
		fmt.Fprintf(&b, "%s:%v;", q.ID(), q.Options)
	}
	return b.String()
}

func TestSameSeedSameRound(t *testing.T) {
	for _, cfg := range []Config{practice(7), {Count: 20, Seed: 7, Kinds: []Kind{TypeCode}}} {
		a, b := newSession(t, cfg), newSession(t, cfg)
		if fingerprint(a) != fingerprint(b) {
			t.Fatalf("same seed, different rounds")
		}
		cfg.Seed = 8
		if fingerprint(a) == fingerprint(newSession(t, cfg)) {
			t.Fatalf("different seeds gave the same round")
		}
	}
}

const pinnedSeed7 = "name-421 limits-api-key-hourly-quota gw-ingress-csv-export"

// TestRoundIsPinned guards determinism across machines and Go versions: the
// first questions of seed 7 must not change unless the engine changes on purpose.
func TestRoundIsPinned(t *testing.T) {
	s := newSession(t, practice(7))
	var ids []string
	for _, q := range s.queue[:3] {
		ids = append(ids, q.ID())
	}
	got := strings.Join(ids, " ")
	if got != pinnedSeed7 {
		t.Errorf("seed 7 now starts %q, was %q", got, pinnedSeed7)
	}
}

func TestOptions(t *testing.T) {
	b := bank(t)
	for seed := uint64(0); seed < 30; seed++ {
		s := newSession(t, Config{Count: 40, Seed: seed, Kinds: PracticeKinds})
		for _, q := range s.queue {
			if len(q.Options) != OptionCount {
				t.Fatalf("%s: %d options", q.ID(), len(q.Options))
			}
			var values []int
			for _, o := range q.Options {
				if slices.Contains(values, o.Value) {
					t.Fatalf("%s: option %d twice", q.ID(), o.Value)
				}
				values = append(values, o.Value)
				if q.Kind.ChoosesCode() {
					e, ok := b.Catalogue.Lookup(o.Value)
					if !ok || !e.Answerable() {
						t.Fatalf("%s: option %d is not an answerable code", q.ID(), o.Value)
					}
					if q.Scenario != nil && o.Value != q.Code.Code && q.Scenario.Accepts(o.Value) {
						t.Fatalf("%s: a distractor %d is an accepted answer", q.ID(), o.Value)
					}
				}
			}
			rights := 0
			for _, v := range values {
				if right, _ := q.Fits(v); right {
					rights++
				}
			}
			if rights != 1 {
				t.Fatalf("%s: %d right answers among %v", q.ID(), rights, values)
			}
		}
	}
}

func TestDistractorsAreNearMisses(t *testing.T) {
	b := bank(t)
	e, _ := b.Catalogue.Lookup(401)
	for seed := uint64(0); seed < 10; seed++ {
		got := distractors(b.Catalogue, e, nil, nil, nil, 3, newSession(t, practice(seed)).rng)
		for _, c := range got {
			if _, ok := e.WhyNot(c); !ok {
				t.Errorf("401 has %d confusions, yet %d was offered", len(e.Confusions), c)
			}
		}
	}
	// A code with one confusion fills up from its own class.
	e, _ = b.Catalogue.Lookup(203)
	got := distractors(b.Catalogue, e, nil, nil, nil, 3, newSession(t, practice(1)).rng)
	if len(got) != 3 || got[0] != e.Confusions[0].Code {
		t.Fatalf("203 distractors %v", got)
	}
	for _, c := range got[1:] {
		if c/100 != 2 {
			t.Errorf("203: %d is not a 2xx code", c)
		}
	}
}

// TestScenarioNamesItsDistractors: the near misses a scenario names are
// always among its options, and a conditional GET or HEAD that is not
// answered by 304 always offers 304, so that it cannot be guessed by
// elimination.
func TestScenarioNamesItsDistractors(t *testing.T) {
	b := bank(t)
	conditional := regexp.MustCompile(`^A .*\b(GET|HEAD)\b.*\b(If-None-Match|If-Modified-Since)\b`)
	for _, sc := range b.Deck.Scenarios {
		isConditional := sc.Answer != 304 && conditional.MatchString(sc.Prompt) && !strings.Contains(sc.Prompt, "Range")
		if len(sc.Distractors) == 0 && !isConditional {
			continue
		}
		for seed := uint64(0); seed < 5; seed++ {
			cfg := Config{Count: 1, Seed: seed, Kinds: []Kind{PickCode}, Replay: []string{sc.ID}}
			if sc.Topic == content.WildTopic {
				cfg.Topic = sc.Topic // the wild codes are offered in their own rounds only
			}
			s := newSession(t, cfg)
			var offered []int
			for _, o := range s.Current().Options {
				offered = append(offered, o.Value)
			}
			want := sc.Distractors
			if isConditional {
				want = append(slices.Clone(want), 304)
			}
			for _, c := range want {
				if !slices.Contains(offered, c) {
					t.Errorf("%s (seed %d): %d is not among %v", sc.ID, seed, c, offered)
				}
			}
		}
	}
}

func TestGrading(t *testing.T) {
	b := bank(t)
	s := newSession(t, Config{Count: 1, Seed: 1, Kinds: []Kind{TypeCode}, Replay: []string{"auth-no-token"}})
	q := s.Current()
	if q.Code.Code != 401 || q.Options != nil {
		t.Fatalf("unexpected question %+v", q)
	}
	r := Grade(b.Catalogue, q, 403)
	want, _ := q.Code.WhyNot(403)
	if r.Verdict != Wrong || r.WhyNot != want || r.Explanation != q.Scenario.Explanation {
		t.Errorf("403 for 401: %+v", r)
	}
	if r := Grade(b.Catalogue, q, 401); r.Verdict != Right || r.WhyNot != "" {
		t.Errorf("401 for 401: %+v", r)
	}
	if r := Grade(b.Catalogue, q, 999); r.Verdict != Wrong || r.WhyNot != "That is not a registered status code." {
		t.Errorf("999: %+v", r)
	}
	if r := Grade(b.Catalogue, q, 418); r.Verdict != Wrong || !strings.Contains(r.WhyNot, "never sent") {
		t.Errorf("418: %+v", r)
	}
	// A code the answer has no confusion note on falls back to its own summary.
	e201, _ := b.Catalogue.Lookup(201)
	if r := Grade(b.Catalogue, q, 201); r.WhyNot != "It means: t"+e201.Summary[1:] {
		t.Errorf("201 for 401: %q", r.WhyNot)
	}
}

func TestAlsoAccepted(t *testing.T) {
	b := bank(t)
	var sc content.Scenario
	for _, s := range b.Deck.Scenarios {
		if len(s.AlsoAccept) > 0 {
			sc = s
			break
		}
	}
	s := newSession(t, Config{Seed: 1, Kinds: []Kind{TypeCode}, Replay: []string{sc.ID}})
	r := s.Answer(sc.AlsoAccept[0], time.Second)
	if r.Verdict != AlsoAccepted || !r.Verdict.Correct() || r.AcceptNote != sc.AcceptNote || r.Points != BasePoints {
		t.Errorf("%+v", r)
	}
}

func TestScoringAndStreak(t *testing.T) {
	s := newSession(t, Config{Count: 8, Seed: 3, Kinds: []Kind{TypeCode}})
	wantPoints := []int{100, 110, 120, 0, 100}
	for i, want := range wantPoints {
		q := s.Current()
		answer := q.Code.Code
		if want == 0 {
			answer = 999
		}
		r := s.Answer(answer, time.Second)
		if r.Points != want {
			t.Errorf("answer %d scored %d, want %d", i, r.Points, want)
		}
		s.Next()
	}
	if s.Score() != 430 || s.Streak() != 1 {
		t.Errorf("score %d streak %d", s.Score(), s.Streak())
	}
	if got := points(20, false); got != BasePoints+MaxStreakBonus {
		t.Errorf("the streak bonus is capped: %d", got)
	}
	if got := points(1, true); got != BasePoints/2 {
		t.Errorf("a retry scores half: %d", got)
	}
}

func TestMissedCodeComesBack(t *testing.T) {
	s := newSession(t, Config{Count: 6, Seed: 5, Kinds: []Kind{PickCode}})
	missed := s.Current().Code.Code
	s.Answer(0, time.Second)
	if s.Len() != 7 {
		t.Fatalf("a miss should add a question, round is %d long", s.Len())
	}
	var retryAt int
	for i := s.pos + 1; i < len(s.queue); i++ {
		if s.queue[i].Retry == 1 {
			retryAt = i
		}
	}
	if retryAt < 2 || retryAt > 3 || s.queue[retryAt].Code.Code != missed {
		t.Fatalf("retry of %d at %d: %+v", missed, retryAt, s.queue[retryAt].ID())
	}
	// Miss it every time: it comes back at most MaxRetries times.
	for !s.Done() {
		q := s.Current()
		if q.Code.Code == missed {
			s.Answer(0, time.Second)
		} else {
			s.Answer(q.Code.Code, time.Second)
		}
		s.Next()
	}
	asked := 0
	for _, r := range s.Results() {
		if r.Answer.Code == missed {
			asked++
		}
	}
	if asked != 1+MaxRetries {
		t.Errorf("%d was asked %d times, want %d", missed, asked, 1+MaxRetries)
	}
}

func TestRightAnswerEndsRetries(t *testing.T) {
	s := newSession(t, Config{Count: 6, Seed: 5, Kinds: []Kind{PickCode}})
	s.Answer(0, time.Second)
	for !s.Done() {
		s.Next()
		if s.Done() {
			break
		}
		s.Answer(s.Current().Code.Code, time.Second)
	}
	if n := len(s.Results()); n != 7 {
		t.Errorf("one miss then all right: %d answers, want 7", n)
	}
}

func TestRetryPrefersAnotherScenario(t *testing.T) {
	s := newSession(t, Config{Seed: 2, Kinds: []Kind{PickCode}, Replay: []string{"auth-no-token"}})
	s.Answer(403, time.Second)
	again := s.queue[len(s.queue)-1]
	if again.Code.Code != 401 || again.Scenario.ID == "auth-no-token" {
		t.Errorf("retry is %s for %d", again.ID(), again.Code.Code)
	}
}

func TestDrillAndTopic(t *testing.T) {
	drill, _ := content.FindDrill("auth")
	s := newSession(t, Config{Count: 30, Seed: 4, Kinds: []Kind{PickCode}, Drill: &drill})
	for _, q := range s.queue {
		if !q.Scenario.HasTag("auth") {
			t.Errorf("%s is not an auth scenario", q.ID())
		}
		inGroup := 0
		for _, o := range q.Options {
			if slices.Contains(drill.Codes, o.Value) {
				inGroup++
			}
		}
		if inGroup < 3 {
			t.Errorf("%s: options %v are mostly outside the drill", q.ID(), q.Options)
		}
	}
	s = newSession(t, Config{Count: 5, Seed: 4, Kinds: PracticeKinds, Topic: "gateways"})
	for _, q := range s.queue {
		if q.Scenario != nil && q.Scenario.Topic != "gateways" {
			t.Errorf("%s is not a gateways scenario", q.ID())
		}
	}
	b := bank(t)
	_, err := New(b.Catalogue, b.Deck, Config{Count: 5, Kinds: PracticeKinds, Topic: "nope"})
	if !errors.Is(err, ErrNoScenarios) {
		t.Errorf("unknown topic: %v", err)
	}
}

// TestCountLargerThanPool: a round asked for more questions than its pool
// holds plays every scenario once, and only scenarios, never one twice.
func TestCountLargerThanPool(t *testing.T) {
	drill, _ := content.FindDrill("gone")
	b := bank(t)
	for _, kinds := range [][]Kind{{PickCode}, PracticeKinds} {
		cfg := Config{Count: 40, Seed: 1, Kinds: kinds, Drill: &drill}
		pool := len(Pool(b.Deck, cfg))
		s := newSession(t, cfg)
		if pool >= 40 || s.Len() != pool {
			t.Fatalf("%v: round of %d from a pool of %d", kinds, s.Len(), pool)
		}
		seen := map[string]bool{}
		for _, q := range s.queue {
			if q.Scenario == nil || seen[q.ID()] {
				t.Errorf("%v: %s asked again, or not a scenario", kinds, q.ID())
			}
			seen[q.ID()] = true
		}
	}
}

func TestCatalogueQuestions(t *testing.T) {
	s := newSession(t, Config{Count: 30, Seed: 9, Kinds: []Kind{PickMeaning, PickClass}})
	for _, q := range s.queue {
		switch q.Kind {
		case PickMeaning:
			if !strings.Contains(q.Prompt(), fmt.Sprint(q.Code.Code)) {
				t.Errorf("meaning prompt %q", q.Prompt())
			}
			if !slices.ContainsFunc(q.Options, func(o Option) bool { return o.Label == q.Code.Summary }) {
				t.Errorf("%s: the right meaning is not offered", q.ID())
			}
		case PickClass:
			if strings.Contains(q.Prompt(), fmt.Sprint(q.Code.Code)) {
				t.Errorf("a class question must not show the code: %q", q.Prompt())
			}
			if !slices.IsSortedFunc(q.Options, func(a, b Option) int { return a.Value - b.Value }) {
				t.Errorf("class options out of order: %v", q.Options)
			}
		default:
			t.Errorf("unexpected kind %v", q.Kind)
		}
	}
}

func TestSummaryAndReplay(t *testing.T) {
	s := newSession(t, Config{Count: 5, Seed: 11, Kinds: PracticeKinds})
	wrong := map[int]bool{1: true, 3: true}
	for i := 0; !s.Done(); i++ {
		q := s.Current()
		right := q.Code.Code
		if q.Kind == PickClass {
			right = classOf(right)
		}
		if wrong[i] {
			right = 1
		}
		s.Answer(right, time.Second)
		s.Next()
	}
	sum := s.Summary()
	if sum.Answered != s.Len() || sum.Right != sum.Answered-len(sum.Missed) || len(sum.MissedIDs()) == 0 {
		t.Fatalf("summary %+v", sum)
	}
	total := 0
	for _, c := range sum.Classes {
		total += c.Total
	}
	if total != sum.Answered || sum.AverageTime != time.Second {
		t.Errorf("classes add to %d of %d; average %v", total, sum.Answered, sum.AverageTime)
	}
	b := bank(t)
	again, err := New(b.Catalogue, b.Deck, Config{Seed: 1, Kinds: PracticeKinds, Replay: sum.MissedIDs()})
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range sum.MissedIDs() {
		if again.queue[i].ID() != id {
			t.Errorf("replay %d is %s, want %s", i, again.queue[i].ID(), id)
		}
	}
}

func TestAnswerTwiceAndNextBeforeAnswer(t *testing.T) {
	s := newSession(t, practice(1))
	s.Next() // not answered yet: stays
	if s.Position() != 1 {
		t.Fatal("Next before an answer moved on")
	}
	first := s.Answer(s.Current().Code.Code, time.Second)
	second := s.Answer(0, time.Second)
	if second.Verdict != first.Verdict || len(s.Results()) != 1 {
		t.Fatal("a second answer changed the result")
	}
	if first.Elapsed != time.Second {
		t.Errorf("elapsed %v", first.Elapsed)
	}
}

func TestConfigErrors(t *testing.T) {
	b := bank(t)
	for _, cfg := range []Config{
		{Count: 0, Kinds: PracticeKinds},
		{Count: MaxCount + 1, Kinds: PracticeKinds},
		{Count: 5},
		{Count: 5, Kinds: []Kind{PickCode, TypeCode}},
		{Kinds: PracticeKinds, Replay: []string{"no-such-question"}},
	} {
		if _, err := New(b.Catalogue, b.Deck, cfg); err == nil {
			t.Errorf("%+v accepted", cfg)
		}
	}
}

func TestCodesRound(t *testing.T) {
	s := newSession(t, Config{Seed: 2, Kinds: []Kind{PickCode}, Codes: []int{401, 104, 403, 508}})
	var got []int
	for _, q := range s.queue {
		got = append(got, q.Code.Code)
		if q.Scenario == nil && q.Kind != PickMeaning {
			t.Errorf("%s: a code without scenarios should be asked by meaning", q.ID())
		}
	}
	if fmt.Sprint(got) != "[401 104 403 508]" {
		t.Errorf("codes asked %v", got)
	}
	b := bank(t)
	if _, err := New(b.Catalogue, b.Deck, Config{Kinds: []Kind{PickCode}, Codes: []int{999}}); err == nil {
		t.Error("an unknown code was accepted")
	}
}
