package theme

import (
	"math/rand/v2"
	"strings"
	"testing"

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
