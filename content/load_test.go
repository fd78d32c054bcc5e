package content

import (
	"strconv"
	"strings"
	"testing"
)

const goodScenario = `- id: s1
  prompt: A client sends GET /missing for a page that never existed. What fits?
  answer: 404
  explanation: Nothing lives at that URL.
  tags: [gone]
  difficulty: 1
`

func load(t *testing.T, files ...string) (Deck, Problems) {
	t.Helper()
	var sources []Source
	for i, f := range files {
		sources = append(sources, Source{Name: "deck" + string(rune('a'+i)) + ".yaml", Data: []byte(f)})
	}
	return LoadDecks(mustCatalogue(t), sources...)
}

func TestLoadGoodDeck(t *testing.T) {
	deck, problems := load(t, goodScenario)
	if len(problems) != 0 {
		t.Fatalf("unexpected problems: %v", problems)
	}
	want := Scenario{ID: "s1", Prompt: "A client sends GET /missing for a page that never existed. What fits?",
		Answer: 404, Explanation: "Nothing lives at that URL.", Tags: []string{"gone"}, Difficulty: 1}
	if deck.Len() != 1 || !equalScenario(deck.Scenarios[0], want) {
		t.Fatalf("got %+v", deck.Scenarios)
	}
}

func equalScenario(a, b Scenario) bool {
	return a.ID == b.ID && a.Topic == b.Topic && a.Prompt == b.Prompt && a.Answer == b.Answer &&
		strings.Join(a.Tags, ",") == strings.Join(b.Tags, ",") && a.Explanation == b.Explanation &&
		a.AcceptNote == b.AcceptNote && a.Difficulty == b.Difficulty && intsEqual(a.AlsoAccept, b.AlsoAccept) && intsEqual(a.Distractors, b.Distractors)
}

func intsEqual(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestBrokenDecks pins the exact message for each kind of mistake, so that a
// deck author always learns where and what.
func TestBrokenDecks(t *testing.T) {
	for _, tc := range []struct {
		name, deck string
		want       []string
	}{
		{"empty file", "", []string{"decka.yaml:1:1: deck is empty: expected a list of scenarios"}},
		{"only a comment", "# nothing here\n", []string{"decka.yaml:1:1: deck is empty: expected a list of scenarios"}},
		{"not a list", "id: x\nprompt: y\n", []string{`decka.yaml:1:1: a deck is a list of scenarios, each starting with "- id:"`}},
		{"syntax", "- id: a\n  prompt: [unclosed\n", []string{"decka.yaml:2:11: YAML syntax: "}},
		{"item not a mapping", "- just text\n", []string{"decka.yaml:1:3: a scenario is a mapping with id, prompt, answer, ..."}},
		{"unknown field", "- id: a\n  prompt: p\n  answr: 404\n  explanation: e\n", []string{
			`decka.yaml:3:3: unknown field "answr" (did you mean "answer"?)`,
			`decka.yaml:1:3: scenario "a" has no answer`}},
		{"far unknown field", "- id: a\n  prompt: p\n  answer: 404\n  explanation: e\n  colour: red\n", []string{
			`decka.yaml:5:3: unknown field "colour" (known fields: id, topic, prompt, answer, also_accept, accept_note, distractors, explanation, tags, difficulty)`}},
		{"unknown code", "- id: a\n  prompt: p\n  answer: 427\n  explanation: e\n", []string{
			"decka.yaml:3:11: answer: 427 is not a registered status code (nearest: 426, 428, 425)"}},
		{"wild code outside the wild topic", "- id: a\n  prompt: p\n  answer: 419\n  explanation: e\n", []string{
			"decka.yaml:3:11: answer: 419 is not a registered status code (it is Laravel's, seen in the wild); only scenarios with topic: wild may use it"}},
		{"unused code", "- id: a\n  prompt: p\n  answer: 418\n  explanation: e\n", []string{
			"decka.yaml:3:11: answer: 418 is reserved and unused; it is never a right answer"}},
		{"answer is text", "- id: a\n  prompt: p\n  answer: not found\n  explanation: e\n", []string{
			`decka.yaml:3:11: answer: want a whole number, got "not found"`}},
		{"answer is a list", "- id: a\n  prompt: p\n  answer: [404]\n  explanation: e\n", []string{
			"decka.yaml:3:11: answer: want a whole number, got a list"}},
		{"missing everything", "- tags: [x]\n", []string{
			"decka.yaml:1:3: scenario has no id", "decka.yaml:1:3: scenario has no prompt",
			"decka.yaml:1:3: scenario has no answer",
			"decka.yaml:1:3: warning: scenario has no explanation; learners will only see the right code"}},
		{"empty prompt", "- id: a\n  prompt: \"  \"\n  answer: 404\n  explanation: e\n", []string{
			`decka.yaml:1:3: scenario "a" has an empty prompt`}},
		{"prompt is a mapping", "- id: a\n  prompt:\n    x: y\n  answer: 404\n  explanation: e\n", []string{
			"decka.yaml:3:5: prompt: want text, got a mapping"}},
		{"duplicate key", "- id: a\n  prompt: p\n  answer: 404\n  answer: 410\n  explanation: e\n", []string{
			`decka.yaml:4:3: field "answer" is given twice`}},
		{"bad id", "- id: \"has space\"\n  prompt: p\n  answer: 404\n  explanation: e\n", []string{
			`decka.yaml:1:7: id "has space": use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`}},
		{"also_accept repeats answer", "- id: a\n  prompt: p\n  answer: 404\n  also_accept: [404]\n  accept_note: n\n  explanation: e\n", []string{
			`decka.yaml:1:3: scenario "a": also_accept repeats the answer 404`}},
		{"distractor is the answer", "- id: a\n  prompt: p\n  answer: 404\n  distractors: [410, 404]\n  explanation: e\n", []string{
			`decka.yaml:1:3: scenario "a": distractor 404 is an accepted answer`}},
		{"distractor is accepted", "- id: a\n  prompt: p\n  answer: 404\n  also_accept: [410]\n  accept_note: n\n  distractors: [410]\n  explanation: e\n", []string{
			`decka.yaml:1:3: scenario "a": distractor 410 is an accepted answer`}},
		{"too many distractors", "- id: a\n  prompt: p\n  answer: 404\n  distractors: [400, 410, 403, 401]\n  explanation: e\n", []string{
			`decka.yaml:1:3: scenario "a" names 4 distractors; the most is 3`}},
		{"distractor unknown", "- id: a\n  prompt: p\n  answer: 404\n  distractors: [427]\n  explanation: e\n", []string{
			"decka.yaml:4:17: distractors: 427 is not a registered status code (nearest: 426, 428, 425)"}},
		{"also_accept twice", "- id: a\n  prompt: p\n  answer: 404\n  also_accept: [410, 410]\n  accept_note: n\n  explanation: e\n", []string{
			"decka.yaml:4:22: also_accept: 410 is listed twice"}},
		{"also_accept without note", "- id: a\n  prompt: p\n  answer: 404\n  also_accept: 410\n  explanation: e\n", []string{
			`decka.yaml:1:3: warning: scenario "a" accepts more than one code but has no accept_note saying why`}},
		{"difficulty out of range", "- id: a\n  prompt: p\n  answer: 404\n  explanation: e\n  difficulty: 5\n", []string{
			"decka.yaml:5:15: difficulty must be 1, 2 or 3, not 5"}},
		{"bad tag", "- id: a\n  prompt: p\n  answer: 404\n  explanation: e\n  tags: [Big Tag]\n", []string{
			`decka.yaml:5:10: tag "Big Tag": use lower-case letters, digits, '-' or '_' (at most 32)`}},
		{"gives the answer away", "- id: a\n  prompt: Should this be a 404?\n  answer: 404\n  explanation: e\n", []string{
			`decka.yaml:1:3: warning: scenario "a": the prompt contains the answer 404`}},
		{"two documents", goodScenario + "---\n" + strings.ReplaceAll(goodScenario, "s1", "s2"), []string{
			"decka.yaml:7:1: a deck is a single YAML document; found 2"}},
		{"not utf-8", "- id: \xff\xfe\n", []string{"decka.yaml:1:1: file is not UTF-8 text"}},
		{"alias", "- id: a\n  prompt: &p text\n  answer: 404\n  explanation: *p\n", []string{
			"decka.yaml:4:16: explanation: want text, got an alias"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, problems := load(t, tc.deck)
			if len(problems) != len(tc.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(problems), len(tc.want), DeckError(problems).Error())
			}
			for i, p := range problems {
				if !strings.HasPrefix(p.String(), tc.want[i]) {
					t.Errorf("problem %d:\n got  %s\n want %s", i, p, tc.want[i])
				}
			}
		})
	}
}

func TestEveryProblemIsListed(t *testing.T) {
	deck := "- id: a\n  prompt: p\n  answer: 999\n  explanation: e\n- id: b\n  prompt: q\n  answer: 700\n  explanation: e\n"
	_, problems := load(t, deck)
	if problems.Errors() != 2 {
		t.Fatalf("want both unknown codes reported, got %v", problems)
	}
}

func TestDuplicateIDsAcrossFiles(t *testing.T) {
	deck, problems := load(t, goodScenario, goodScenario)
	want := `deckb.yaml:1:3: duplicate id "s1" (first used at decka.yaml:1:3)`
	if len(problems) != 1 || problems[0].String() != want {
		t.Fatalf("got %v, want %s", problems, want)
	}
	if problems.Err() == nil {
		t.Fatal("a duplicate id must be an error")
	}
	if deck.Len() != 1 {
		t.Fatalf("deck has %d scenarios", deck.Len())
	}
}

func TestWarningsAloneAreNotAnError(t *testing.T) {
	_, problems := load(t, "- id: a\n  prompt: p\n  answer: 404\n")
	if len(problems) != 1 || problems[0].Severity != Warning || problems.Err() != nil {
		t.Fatalf("got %v", problems)
	}
}

func TestTooLarge(t *testing.T) {
	_, problems := load(t, strings.Repeat("#", MaxDeckBytes+1))
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "at most") {
		t.Fatalf("got %v", problems)
	}
}

// FuzzLoadDecks feeds arbitrary bytes to the loader: it must never panic,
// what it allocates stays within allocBound of the input's size, and
// whatever it accepts must carry a valid answer for every scenario. The seed
// corpus, small decks good and broken, is in testdata/fuzz/FuzzLoadDecks.
func FuzzLoadDecks(f *testing.F) {
	cat := mustCatalogue(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var deck Deck
		var problems Problems
		if n := allocated(func() { deck, problems = LoadDecks(cat, Source{Name: "fuzz.yaml", Data: data}) }); n > allocBound(len(data)) {
			t.Fatalf("reading %d bytes allocated %d, above %d", len(data), n, allocBound(len(data)))
		}
		for _, p := range problems {
			if p.Line < 1 || p.Col < 1 || p.Message == "" {
				t.Fatalf("malformed problem %+v", p)
			}
		}
		if problems.Err() != nil {
			return
		}
		for _, s := range deck.Scenarios {
			if e, ok := cat.Lookup(s.Answer); !ok || !e.Answerable() || s.ID == "" || s.Prompt == "" {
				t.Fatalf("accepted an invalid scenario %+v", s)
			}
		}
	})
}

func TestLoadDecksOverTheBank(t *testing.T) {
	b := mustBank(t)
	clash := strings.ReplaceAll(goodScenario, "id: s1", "id: auth-no-token")
	deck, problems := LoadDecksOver(b.Catalogue, b.Deck, Source{Name: "mine.yaml", Data: []byte(goodScenario + "\n" + strings.ReplaceAll(clash, "\n- id", "\n- id"))})
	if len(problems) != 1 || problems[0].String() != `mine.yaml:8:3: duplicate id "auth-no-token" (first used at (the built-in bank))` {
		t.Fatalf("problems %v", problems)
	}
	if deck.Len() != b.Deck.Len()+1 || deck.Scenarios[deck.Len()-1].ID != "s1" {
		t.Fatalf("merged deck of %d", deck.Len())
	}
}

func TestTooFewDistractors(t *testing.T) {
	cat := mustCatalogue(t)
	var codes []string
	for _, e := range cat.Codes() {
		if e.Answerable() && e.Code != 404 && e.Code != 200 && e.Code != 410 {
			codes = append(codes, strconv.Itoa(e.Code))
		}
	}
	deck := "- id: greedy\n  prompt: Anything goes?\n  answer: 404\n  also_accept: [" + strings.Join(codes, ", ") + "]\n  accept_note: n\n  explanation: e\n"
	_, problems := load(t, deck)
	if len(problems) != 1 || !strings.Contains(problems[0].String(), `warning: scenario "greedy" accepts so many codes that fewer than three are left`) {
		t.Fatalf("got %v", problems)
	}
}
