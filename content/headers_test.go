package content

import (
	"slices"
	"strings"
	"testing"
)

// TestHeaderFactsAgreeWithTheCatalogue: every header question is about a
// header the catalogue lists for its code, offers real wrong answers, and
// can be answered and kept.
func TestHeaderFactsAgreeWithTheCatalogue(t *testing.T) {
	b, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, f := range HeaderFacts {
		if ids[f.ID] {
			t.Errorf("fact id %q twice", f.ID)
		}
		ids[f.ID] = true
		e, ok := b.Catalogue.Lookup(f.Code)
		if !ok || !e.Answerable() {
			t.Errorf("%s: %d is not an answerable code", f.ID, f.Code)
			continue
		}
		if !slices.Contains(e.Headers, f.Header) && !slices.Contains(e.RequestHeaders, f.Header) {
			t.Errorf("%s: the catalogue does not list %s for %d (it lists %v and %v)", f.ID, f.Header, f.Code, e.Headers, e.RequestHeaders)
		}
		if f.ToCode == "" && f.ToHeader == "" || f.Why == "" {
			t.Errorf("%s: asks nothing or explains nothing", f.ID)
		}
		if f.ToCode != "" && (len(f.Codes) == 0 || strings.Contains(f.ToCode, e.Name)) {
			t.Errorf("%s: a question for the code needs wrong codes, and must not name %q", f.ID, e.Name)
		}
		for _, c := range f.Codes {
			if o, ok := b.Catalogue.Lookup(c); !ok || !o.Answerable() || c == f.Code {
				t.Errorf("%s: %d is not a wrong code to offer", f.ID, c)
			}
		}
		if f.ToHeader != "" && len(f.Headers) != 3 || strings.Contains(f.ToHeader, f.Header) {
			t.Errorf("%s: a question for the header needs three wrong headers and must not name %s", f.ID, f.Header)
		}
		for _, h := range append([]string{f.Header}, f.Headers...) {
			if n := HeaderNumber(h); n == 0 {
				t.Errorf("%s: %s has no number to be kept by", f.ID, h)
			} else if back, _ := HeaderNamed(n); back != h {
				t.Errorf("%s: %s comes back as %q", f.ID, h, back)
			}
		}
		if slices.Contains(f.Headers, f.Header) {
			t.Errorf("%s: the right header is among the wrong ones", f.ID)
		}
	}
}
