package content

import (
	"slices"
	"strconv"
	"testing"
)

// TestWildStaysApart: a code is in the registry or among the codes seen in
// the wild, never both; the registry's lookups never find a wild one; and
// every wild entry says whose it is, how it reaches anyone and what to send
// instead.
func TestWildStaysApart(t *testing.T) {
	b := mustBank(t)
	cat := b.Catalogue
	want := []int{419, 420, 440, 444, 449, 460, 463, 464, 494, 495, 496, 497, 498, 499,
		509, 520, 521, 522, 523, 524, 525, 526, 530, 561}
	var got []int
	for _, e := range cat.Wild() {
		got = append(got, e.Code)
		n := strconv.Itoa(e.Code)
		if cat.Has(e.Code) || e.Registered() {
			t.Errorf("%d is in both parts", e.Code)
		}
		if _, ok := cat.Find(n); ok {
			t.Errorf("the registry's Find finds %d", e.Code)
		}
		if f, ok := cat.FindWild(n); !ok || f.Code != e.Code {
			t.Errorf("FindWild(%s) = %v, %v", n, f.Code, ok)
		}
		if e.Source == "" || e.Summary == "" || e.Details == "" || len(e.UseInstead) == 0 ||
			e.Reaches != ReachesClient && e.Reaches != ReachesLog && e.Reaches != ReachesInternal {
			t.Errorf("%d: source %q, reaches %q, use instead %v", e.Code, e.Source, e.Reaches, e.UseInstead)
		}
		for _, c := range e.Confusions {
			_, reg := cat.Lookup(c.Code)
			_, wild := cat.LookupWild(c.Code)
			if !reg && !wild {
				t.Errorf("%d is confused with %d, which is no code", e.Code, c.Code)
			}
		}
	}
	for _, c := range want {
		if !slices.Contains(got, c) {
			t.Errorf("no entry for %d", c)
		}
	}
	if all := cat.WithWild().Codes(); len(all) != len(cat.Codes())+len(cat.Wild()) {
		t.Errorf("together %d codes, apart %d + %d", len(all), len(cat.Codes()), len(cat.Wild()))
	}
	if e, _ := cat.LookupWild(499); len(e.OtherUses) == 0 {
		t.Error("499: nginx's and Esri's meanings differ, and the entry does not say so")
	}
}

// TestOnlyTheWildTopicUsesWildCodes: no scenario outside the wild topic
// answers with, accepts or offers a code that is not registered, and a
// deck that tries is refused.
func TestOnlyTheWildTopicUsesWildCodes(t *testing.T) {
	b := mustBank(t)
	wild := 0
	for _, s := range b.Deck.Scenarios {
		if s.Topic == WildTopic {
			wild++
			continue
		}
		for _, c := range append(append([]int{s.Answer}, s.AlsoAccept...), s.Distractors...) {
			if !b.Catalogue.Has(c) {
				t.Errorf("%s (topic %s) uses %d", s.ID, s.Topic, c)
			}
		}
	}
	if wild < 16 {
		t.Errorf("%d scenarios about the codes seen in the wild, want at least 16", wild)
	}
	deck := "- id: a\n  prompt: p\n  answer: 499\n  explanation: e\n"
	if _, problems := LoadDecks(b.Catalogue, Source{Name: "d.yaml", Data: []byte(deck)}); problems.Err() == nil {
		t.Error("a scenario outside the wild topic answered 499")
	}
	if _, problems := LoadDecks(b.Catalogue, Source{Name: "d.yaml", Data: []byte(deck + "  topic: wild\n")}); problems.Err() != nil {
		t.Errorf("a wild scenario: %v", problems)
	}
}
