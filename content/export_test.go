package content

import (
	"bytes"
	"strings"
	"testing"
)

// TestExportRoundTrip: what `deck export` prints loads back, through the same
// loader as a user's deck, to exactly the built-in bank.
func TestExportRoundTrip(t *testing.T) {
	b := mustBank(t)
	for _, format := range []string{"yaml", "json"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			var err error
			if format == "json" {
				err = WriteJSON(&buf, b.Deck)
			} else {
				err = WriteYAML(&buf, b.Deck, "a header\nover two lines")
			}
			if err != nil {
				t.Fatal(err)
			}
			got, problems := LoadDecks(b.Catalogue, Source{Name: "export." + format, Data: buf.Bytes()})
			if len(problems) > 0 {
				t.Fatalf("exported deck has problems: %v", problems)
			}
			if got.Len() != b.Deck.Len() {
				t.Fatalf("round trip kept %d of %d scenarios", got.Len(), b.Deck.Len())
			}
			for i := range got.Scenarios {
				if !equalScenario(got.Scenarios[i], b.Deck.Scenarios[i]) {
					t.Fatalf("scenario %d differs:\n got  %+v\n want %+v", i, got.Scenarios[i], b.Deck.Scenarios[i])
				}
			}
			if got.Hash() != b.Deck.Hash() {
				t.Errorf("hash changed across the round trip")
			}
		})
	}
}

// TestExportAwkwardText covers text that folding cannot carry and must quote.
func TestExportAwkwardText(t *testing.T) {
	cat := mustCatalogue(t)
	long := strings.TrimSpace(strings.Repeat("word ", 30))
	deck := Deck{Scenarios: []Scenario{
		{ID: "a", Prompt: "Tricky: \"quotes\", # hashes, - dashes and 'single' ones " + long + "end?", Answer: 404, Explanation: "x", Difficulty: 1},
		{ID: "b", Prompt: "Two  spaces and a\ttab " + long, Answer: 404, Explanation: "line one\nline two " + long, Difficulty: 2},
		{ID: "c", Prompt: "yes", Answer: 200, Explanation: "- starts like a list item " + long, Tags: []string{"x-y"}, Difficulty: 3,
			AlsoAccept: []int{204}, AcceptNote: "null", Distractors: []int{201, 304}},
	}}
	var buf bytes.Buffer
	if err := WriteYAML(&buf, deck, ""); err != nil {
		t.Fatal(err)
	}
	got, problems := LoadDecks(cat, Source{Name: "x.yaml", Data: buf.Bytes()})
	if problems.Err() != nil {
		t.Fatalf("%v\n%s", problems, buf.String())
	}
	for i := range deck.Scenarios {
		if !equalScenario(got.Scenarios[i], deck.Scenarios[i]) {
			t.Errorf("scenario %d:\n got  %+v\n want %+v\n%s", i, got.Scenarios[i], deck.Scenarios[i], buf.String())
		}
	}
}
