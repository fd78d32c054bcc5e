package plain

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/internal/golden"
	"github.com/httpquiz/httpquiz/round"
)

// answerer types the answers as a learner would: it reads the question being
// asked when plain mode asks for a line, and answers it right, or wrong at the
// answers numbered in wrong (1-based).
type answerer struct {
	play  *round.Play
	wrong map[int]bool
	n     int
}

func (a *answerer) Read(b []byte) (int, error) {
	if a.play.Done() {
		return 0, fmt.Errorf("asked for an answer after the round")
	}
	a.n++
	q := a.play.Current()
	pick := 0
	for i, o := range q.Options {
		answer, accepted := q.Fits(o.Value) // every kind: codes, classes, headers
		if (answer || accepted) != a.wrong[a.n] {
			pick = i + 1
			break
		}
	}
	return copy(b, fmt.Sprintf("%d\n", pick)), nil
}

// TestGoldenTranscripts pins what plain mode prints for a seeded practice, a
// drill with a miss and a timed round, word for word.
// Refresh with: go test ./plain -run TestGoldenTranscripts -update
func TestGoldenTranscripts(t *testing.T) {
	auth, _ := content.FindDrill("auth")
	for _, tc := range []struct {
		name  string
		spec  round.Spec
		wrong map[int]bool
	}{
		{"practice", round.Practice(4, "", false).WithSeed(3), map[int]bool{2: true}},
		{"drill", round.Drill(auth, 3).WithSeed(8), map[int]bool{1: true}},
		{"timed", round.Timed(3, round.Limits{PerQuestion: 20 * time.Second}, "").WithSeed(5), map[int]bool{3: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := start(t, tc.spec, stepClock(4*time.Second))
			var out strings.Builder
			_, err := Run(context.Background(), Options{Play: p, In: &answerer{play: p, wrong: tc.wrong}, Out: &out, Echo: true})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, tc.name, out.String())
		})
	}
}
