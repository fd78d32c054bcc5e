package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeckFromStandardInput: a deck piped in is read once, and the round
// played from it (its answers would come after the deck, so it ends at once).
func TestDeckFromStandardInput(t *testing.T) {
	deck, err := os.ReadFile("../examples/deck.yaml")
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "p.db")
	r := httpquiz(t, string(deck), "--db", db, "practice", "--plain", "--deck", "-", "--topic", "our-api", "--seed", "1")
	if r.code != 0 || !strings.Contains(r.stdout, "Question 1 of") || !strings.HasSuffix(r.stdout, "score: 0/0\n") {
		t.Fatalf("practice --plain --deck -: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
}

// TestNothingAnsweredCreatesNoDatabase: a round that ends before its first
// answer leaves nothing behind.
func TestNothingAnsweredCreatesNoDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "state", "progress.db")
	if r := httpquiz(t, "", "--db", db, "practice", "--plain"); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Dir(db)); !os.IsNotExist(err) {
		t.Fatalf("a round with no answers created %s (%v)", filepath.Dir(db), err)
	}
}

func TestServeRefusesDeckOnStandardInput(t *testing.T) {
	r := httpquiz(t, "", "serve", "--deck", "-")
	if r.code != 2 || !strings.Contains(r.stderr, "give the deck as a file") {
		t.Fatalf("serve --deck -: exit %d %q", r.code, r.stderr)
	}
}

// writeDeck writes a deck of n scenarios about 404, none tagged for a drill.
func writeDeck(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		b.WriteString("- id: gone-" + string(rune('a'+i)) + "\n  topic: lost\n  prompt: The page at /old-" +
			string(rune('a'+i)) + " was never there. What does the server say?\n  answer: 404\n" +
			"  explanation: Nothing is at that address.\n  difficulty: 1\n")
	}
	path := filepath.Join(t.TempDir(), "two.yaml")
	write(t, path, b.String())
	return path
}

// TestMissingDrillOrTopic: a drill or topic the decks do not have is a usage
// error that names what was missing and where it was looked for.
func TestMissingDrillOrTopic(t *testing.T) {
	deck := writeDeck(t, 2)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"drill", "auth", "--deck", deck}, `no scenario in ` + deck + ` is tagged "auth"`},
		{[]string{"practice", "--deck", deck, "--topic", "auth"}, `no scenario in ` + deck + ` has the topic "auth"; its topics are lost`},
		{[]string{"practice", "--deck", deck, "--with-builtin", "--topic", "nope"}, deck + " and the built-in bank has the topic"},
		{[]string{"practice", "--topic", "nope"}, `no scenario in the built-in bank has the topic "nope"; its topics are api-design, auth`},
	} {
		r := httpquiz(t, "", tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%q: exit %d %q, want %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
}

// TestSmallDeckPlaysEachScenarioOnce: a deck smaller than --count plays each
// scenario once and says so.
func TestSmallDeckPlaysEachScenarioOnce(t *testing.T) {
	deck := writeDeck(t, 2)
	r := httpquiz(t, "404\n404\n", "--db", filepath.Join(t.TempDir(), "p.db"), "practice", "--deck", deck, "--count", "10")
	if r.code != 0 || !strings.Contains(r.stdout, "This deck has 2 scenarios; playing 2.") ||
		!strings.Contains(r.stdout, "Question 2 of 2") || strings.Contains(r.stdout, "Question 3 of") {
		t.Fatalf("exit %d\n%s", r.code, r.stdout)
	}
	if strings.Count(r.stdout, "/old-a") != 1 || strings.Count(r.stdout, "/old-b") != 1 {
		t.Fatalf("each scenario once:\n%s", r.stdout)
	}
}
