package theme

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// TestFitsNeverLies: whenever fits says a line fits, measuring it agrees,
// over lines mixing styles, wide characters, emoji, combining marks and
// controls; and the common case (styled narrow text) is seen to fit.
func TestFitsNeverLies(t *testing.T) {
	parts := []string{"a", "Z", " ", "·", "é", "e\u0301", "日", "🥇", "▲", "◆", "●", "■", "▸", "◽", "◾", "█", "░", "─", "╭", "⏱", "✓", "\x1b[1m", "\x1b[38;5;147m",
		"\x1b[0m", "\x1b]8;;x\x07", "\t", "\x7f", "\u200d", "\uff21"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		l, w := b.String(), rng.IntN(25)
		if fits(l, w) && ansi.StringWidth(l) > w {
			t.Fatalf("fits(%q, %d), yet it is %d wide", l, w, ansi.StringWidth(l))
		}
	}
	if l := "\x1b[1m\x1b[38;5;147mQuestion 1 of 2\x1b[0m · ▲ 1 █░"; !fits(l, 30) {
		t.Errorf("a styled narrow line of %d cells was not seen to fit in 30", ansi.StringWidth(l))
	}
}

// TestTimeBar: the bar's filled part follows the time left, and its color
// turns as time runs out.
func TestTimeBar(t *testing.T) {
	st := NewStyles(ANSIPalette())
	for _, tc := range []struct {
		left   time.Duration
		filled int
		style  string
	}{{10 * time.Second, 20, st.Title.Render("x")}, {5 * time.Second, 10, st.Warn.Render("x")}, {2 * time.Second, 4, st.Bad.Render("x")}, {0, 0, ""}} {
		bar := TimeBar(st, tc.left, 10*time.Second, 20)
		plain := ansi.Strip(bar)
		if strings.Count(plain, "█") != tc.filled || ansi.StringWidth(plain) != 20 {
			t.Errorf("%v left: %q", tc.left, plain)
		}
		if open := strings.SplitN(tc.style, "x", 2)[0]; tc.style != "" && !strings.HasPrefix(bar, open) {
			t.Errorf("%v left: bar %q does not start in %q", tc.left, bar, open)
		}
	}
}

// Wrapping moves words to new lines and never drops a character: a "--" at
// the end of a line, or a hyphen inside a word, stays whole.
func TestWrapKeepsEveryCharacter(t *testing.T) {
	s := "The mnemonic: 401 means 'who are you?' -- credentials are missing or wrong, and a well-known re-try will not help."
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for w := 5; w < 60; w++ {
		if out := Wrap(s, w); squeeze(out) != squeeze(s) {
			t.Errorf("width %d lost text:\n%s", w, out)
		}
	}
}
