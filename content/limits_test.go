package content

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestDeckLimits pins each limit's refusal: one error, at the place where
// the limit is passed, before anything big is built.
func TestDeckLimits(t *testing.T) {
	scenarios := func(n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(strings.ReplaceAll(goodScenario, "s1", fmt.Sprintf("s%d", i)))
		}
		return b.String()
	}
	block := "- id: n\n  prompt:\n"
	for i := range 20 {
		block += strings.Repeat("  ", i+2) + "a:\n"
	}
	field := "- id: n\n  prompt: p\n  answer: 404\n  explanation: "
	for _, tc := range []struct{ name, deck, want string }{
		{"nested lists", "- id: n\n  prompt: " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n  answer: 401\n",
			"decka.yaml:2:25: nested more than 16 levels deep"},
		{"nested mappings", "- id: n\n  prompt: " + strings.Repeat("{a: ", 40) + "b" + strings.Repeat("}", 40) + "\n",
			"decka.yaml:2:67: nested more than 16 levels deep"},
		{"nested blocks", block, "decka.yaml:17:34: nested more than 16 levels deep"},
		{"too many scenarios", scenarios(MaxScenarios + 1), "decka.yaml:6001:1: more than 1000 scenarios in one file"},
		{"one huge scenario", field + strings.Repeat("word ", 14000) + "\n", "decka.yaml:1:1: this scenario is 70050 bytes; one piece may be at most 65536"},
		{"long header", strings.Repeat("# comment\n", 7000) + goodScenario, "decka.yaml:1:1: the text before the first scenario is 70000 bytes"},
		{"long list", field + "e\n  tags: [" + strings.Repeat("t,", MaxListEntries+1) + "t]\n", "decka.yaml:5:210: tags: more than 100 entries"},
		{"long explanation", field + strings.Repeat("x", MaxTextRunes+1) + "\n", "decka.yaml:4:16: explanation is 4001 characters; the most is 4000"},
		{"too many marks", field + "e\n" + strings.Repeat("#,,,,,,,,,\n", 10000), "decka.yaml:9095:2: more than 100000 YAML marks"},
		{"nested JSON", "[" + strings.Repeat("[", 30000), "decka.yaml:1:17: nested more than 16 levels deep"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, problems := load(t, tc.deck)
			if len(problems) != 1 || !strings.HasPrefix(problems[0].String(), tc.want) {
				t.Fatalf("got %d problems:\n%s\nwant one starting %s", len(problems), DeckError(problems), tc.want)
			}
		})
	}
	if _, problems := load(t, scenarios(MaxScenarios)); len(problems) != 0 {
		t.Fatalf("a deck of exactly %d scenarios: %v", MaxScenarios, problems)
	}
}

func TestByteOrderMarkAndCRLF(t *testing.T) {
	for name, deck := range map[string]string{
		"BOM":  "\ufeff" + goodScenario,
		"CRLF": strings.ReplaceAll(goodScenario, "\n", "\r\n"),
	} {
		d, problems := load(t, deck)
		if len(problems) != 0 || d.Len() != 1 || d.Scenarios[0].ID != "s1" {
			t.Errorf("%s: %d scenarios, problems %v", name, d.Len(), problems)
		}
	}
}

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// allocBound is what reading a deck of n bytes may allocate in total: a
// fixed part for the catalogue look-ups and messages, and a multiple of the
// size. Measured on the worst decks below, reading allocates at most 15
// bytes per byte of deck; the bound leaves room for the library to change
// and stays under 200 MB at MaxDeckBytes.
func allocBound(n int) uint64 { return raceFactor * (4<<20 + 20*uint64(n)) }

// worstDecks are the costliest decks of nearly MaxDeckBytes found: the
// accepted ones reach every limit at once (1000 scenarios, the longest
// texts, the most marks, the deepest nesting), the others pass a limit at
// the last moment.
func worstDecks() map[string]string {
	prose := strings.Repeat("Long words and more ", MaxTextRunes/20)
	fill := func(one string, extra int) string {
		var b strings.Builder
		for i := 0; i < MaxScenarios && b.Len()+len(one)+extra+10 < MaxDeckBytes; i++ {
			fmt.Fprintf(&b, one, i)
		}
		return b.String()
	}
	deep := "[" + strings.Repeat("[", MaxDepth-4) + "a" + strings.Repeat("]", MaxDepth-4) + "]"
	return map[string]string{
		"longest texts": fill("- id: s%d\n  prompt: "+prose[:MaxPromptRunes]+"\n  answer: 404\n  also_accept: [410]\n  accept_note: "+prose+
			"\n  explanation: "+prose+"\n", 0),
		"most marks":       fill("- id: s%d\n  prompt: p\n  answer: 404\n  explanation: e\n  tags: ["+strings.Repeat("a, ", 40)+"a]\n# "+strings.Repeat("c", 8000)+"\n", 0),
		"deepest":          fill("- id: s%d\n  prompt: p\n  answer: 404\n  explanation: e\n  tags: "+deep+"\n# "+strings.Repeat("c", 8000)+"\n", 0),
		"nesting refused":  "- id: n\n  prompt: " + strings.Repeat("[", MaxDeckBytes/2-20),
		"marks refused":    strings.Repeat("#,\n", MaxDeckBytes/3),
		"scenario refused": "- id: m\n  prompt: p\n  answer: 404\n  explanation: " + strings.Repeat("x", MaxDeckBytes-50) + "\n",
	}
}

// TestWorstDecksAreBounded reads each worst deck and holds its allocation
// within allocBound: at 8 MB that is well under 200 MB in all.
func TestWorstDecksAreBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads several 8 MB decks")
	}
	cat := mustCatalogue(t)
	for name, deck := range worstDecks() {
		if len(deck) > MaxDeckBytes {
			t.Fatalf("%s: the deck is %d bytes, above the limit", name, len(deck))
		}
		if dir := os.Getenv("WORST_DECKS_DIR"); dir != "" { // for the figures in BENCHMARKS.md
			if err := os.WriteFile(filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".yaml"), []byte(deck), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		var problems Problems
		n := allocated(func() { _, problems = LoadDecks(cat, Source{Name: name, Data: []byte(deck)}) })
		t.Logf("%s: %d bytes, %d problems (%v), %.1f MB allocated (%.1f per byte)", name, len(deck), len(problems), firstProblem(problems), float64(n)/1e6, float64(n)/float64(len(deck)))
		if n > allocBound(len(deck)) || n > raceFactor*200<<20 {
			t.Errorf("%s: reading %d bytes allocated %d, above %d", name, len(deck), n, allocBound(len(deck)))
		}
	}
}

func firstProblem(p Problems) string {
	if len(p) == 0 {
		return "none"
	}
	return p[0].String()
}
