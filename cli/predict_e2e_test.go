package cli

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/lab"
)

// predictionIn finds the lab question a plain prompt asks.
func predictionIn(prompt string) (content.Scenario, bool) {
	for _, p := range lab.Predictions() {
		if strings.Contains(squash(prompt), squash(p.Prompt)) {
			return p, true
		}
	}
	return content.Scenario{}, false
}

// answerLab answers the lab questions of a plain session until its score
// line, right or wrong as asked, and returns how many it answered and how
// many of those right.
func answerLab(p *plainSession, right func(n int) bool) (answered, rights int) {
	for ; ; answered++ {
		prompt, options, ok := p.next()
		if !ok {
			return answered, rights
		}
		sc, isLab := predictionIn(prompt)
		pick := ""
		for k, label := range options {
			if isLab && strings.HasPrefix(label, strconv.Itoa(sc.Answer)+" ") == right(answered) {
				pick = k
			}
		}
		if pick == "" {
			pick = "1" // not a lab question (review may ask others): any answer will do
		} else if right(answered) {
			rights++
		}
		p.send(pick)
	}
}

// labResponses are the statuses the lab sent back, as the transcript shows them.
func labResponses(transcript string) []string {
	var out []string
	for _, block := range strings.Split(transcript, "What the lab answered:\n")[1:] {
		status, _, _ := strings.Cut(strings.TrimSpace(block), "\n")
		out = append(out, status)
	}
	return out
}

// TestPredictThroughPipes plays lab predict through real pipes: each
// question's request goes to the lab, the real response is shown, and the
// misses come back in a review round, as lab questions again.
func TestPredictThroughPipes(t *testing.T) {
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "p.db")
	p := startPlain(t, bin, db, "lab", "predict", "--count", "5", "--seed", "3")
	answered, rights := answerLab(p, func(n int) bool { return n%2 == 0 })
	got := labResponses(p.transcript())
	if answered < 5 || len(got) != answered {
		t.Fatalf("%d answered, %d responses shown:\n%s", answered, len(got), p.transcript())
	}
	want := "score: " + strconv.Itoa(rights) + "/" + strconv.Itoa(answered)
	if last := p.lines[len(p.lines)-1]; last != want {
		t.Errorf("score line %q, want %q", last, want)
	}
	for _, status := range got {
		if !strings.HasPrefix(status, "HTTP/1.1 ") {
			t.Errorf("not a status line: %q", status)
		}
	}

	// The codes missed there come back in review, as the lab's questions,
	// sent to a lab of review's own.
	r := startPlain(t, bin, db, "review", "--seed", "1")
	answerLab(r, func(int) bool { return true })
	asked := strings.Count(r.transcript(), "Or: curl -i ")
	if !strings.Contains(r.transcript(), "you last missed in the lab") || asked == 0 || len(labResponses(r.transcript())) != asked {
		t.Fatalf("review of the codes missed in the lab asked %d lab questions:\n%s", asked, r.transcript())
	}
}
