package lab

import (
	"context"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/content"
)

// TestPredictionsAreWhatTheLabSays sends every lab question to a lab in its
// starting state: its key is what the lab really answers.
func TestPredictionsAreWhatTheLabSays(t *testing.T) {
	b, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, sc := range Predictions() {
		if seen[sc.ID] || sc.Request == nil || sc.Topic != content.LabTopic {
			t.Errorf("%s: a repeated id, or no request", sc.ID)
			continue
		}
		seen[sc.ID] = true
		if strings.Contains(sc.Prompt, strconv.Itoa(sc.Answer)) {
			t.Errorf("%s: the prompt gives its answer away", sc.ID)
		}
		if e, ok := b.Catalogue.Lookup(sc.Answer); !ok || !e.Answerable() || len(strings.Fields(sc.Explanation)) < 8 {
			t.Errorf("%s: %d, or too thin an explanation", sc.ID, sc.Answer)
		}
		l := New(Options{})
		srv := httptest.NewServer(l)
		res, err := Send(context.Background(), srv.URL, *sc.Request)
		srv.Close()
		l.Close()
		if err != nil {
			t.Errorf("%s: %v", sc.ID, err)
			continue
		}
		if res.Status != sc.Answer {
			t.Errorf("%s: the key says %d, the lab answered %s\n%s", sc.ID, sc.Answer, res.Line, res.Body)
		}
	}
	if len(seen) < 20 {
		t.Errorf("%d lab questions, want at least 20", len(seen))
	}
}
