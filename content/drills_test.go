package content

import (
	"slices"
	"testing"
)

func TestDrills(t *testing.T) {
	all := Drills()
	b := mustBank(t)
	var names []string
	for _, d := range all {
		names = append(names, d.Name)
		if d.Title == "" || d.Lesson == "" || d.Mnemonic == "" || len(d.Codes) < 2 {
			t.Errorf("%s: title, lesson, mnemonic and two codes are required", d.Name)
		}
		if want := drillCodes[d.Name]; d.Name != WildTopic && !slices.Equal(d.Codes, want) {
			t.Errorf("%s: codes %v, the bank's tags promise %v", d.Name, d.Codes, want)
		}
		for _, c := range d.Codes {
			if _, wild := b.Catalogue.LookupWild(c); !b.Catalogue.Has(c) && !(wild && d.Name == WildTopic) {
				t.Errorf("%s: unknown code %d", d.Name, c)
			}
		}
		n := 0
		for _, s := range b.Deck.Scenarios {
			if s.HasTag(d.Name) {
				n++
			}
		}
		if n < 10 {
			t.Errorf("%s: only %d scenarios to drill", d.Name, n)
		}
		if _, ok := FindDrill(d.Name); !ok {
			t.Errorf("FindDrill(%q) fails", d.Name)
		}
	}
	if want := []string{"auth", "redirects", "client-errors", "gone", "gateways", "success", "wild"}; !slices.Equal(names, want) {
		t.Errorf("drills %v, want %v", names, want)
	}
	if _, ok := FindDrill("nope"); ok {
		t.Error("FindDrill found a drill that does not exist")
	}
}
