package content

import "testing"

func TestFind(t *testing.T) {
	cat := mustCatalogue(t)
	for query, want := range map[string]int{
		"403":                      403,
		" 404 ":                    404,
		"forbidden":                403,
		"FORBIDDEN":                403,
		"payload too large":        413,
		"Request Entity Too Large": 413,
		"unprocessable-entity":     422,
		"StatusTeapot":             418,
		"http.StatusNotFound":      404,
		"I'm a teapot":             418,
		"moved permanently":        301,
	} {
		e, ok := cat.Find(query)
		if !ok || e.Code != want {
			t.Errorf("Find(%q) = %d, %v; want %d", query, e.Code, ok, want)
		}
	}
	for _, query := range []string{"", "419", "999", "forbid", "  "} {
		if e, ok := cat.Find(query); ok {
			t.Errorf("Find(%q) = %d; want no match", query, e.Code)
		}
	}
}

func TestSuggest(t *testing.T) {
	cat := mustCatalogue(t)
	for _, tc := range []struct {
		query string
		want  int
	}{
		{"419", 418}, {"419", 421}, {"forbiden", 403}, {"forbid", 403},
		{"gateway", 504}, {"gateway", 502}, {"teapot", 418}, {"not foudn", 404},
	} {
		found := false
		for _, e := range cat.Suggest(tc.query, 3) {
			found = found || e.Code == tc.want
		}
		if !found {
			t.Errorf("Suggest(%q) does not offer %d", tc.query, tc.want)
		}
	}
	if got := cat.Suggest("zzzzzzzzzzzzzz", 3); len(got) != 0 {
		t.Errorf("Suggest(nonsense) = %v, want nothing", got)
	}
	if got := cat.Suggest("4", 2); len(got) > 2 {
		t.Errorf("Suggest returned %d entries, limit 2", len(got))
	}
}
