package lab

import (
	"slices"
	"strings"
	"testing"
)

// TestQuestsCanBeMet: every quest is for a code some route answers, the 17
// core codes come first, and every quest has its card in Go and in Flask.
func TestQuestsCanBeMet(t *testing.T) {
	answered := slices.Clone(Anywhere)
	for _, r := range Routes() {
		answered = append(answered, r.Codes...)
	}
	core := 0
	for i, q := range Quests {
		if !slices.Contains(answered, q.Code) {
			t.Errorf("quest %d: no route answers it", q.Code)
		}
		if q.Core {
			core++
			if i >= 17 {
				t.Errorf("core quest %d comes after a neighbor", q.Code)
			}
		}
		c, ok := CardFor(q.Code)
		if !ok || !strings.Contains(c.Go, "http.") || !strings.Contains(c.Flask, "return") {
			t.Errorf("quest %d has no card in Go and Flask", q.Code)
		}
	}
	if core != 17 {
		t.Errorf("%d core quests, want 17", core)
	}
}
