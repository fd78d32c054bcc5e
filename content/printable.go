package content

import (
	"strings"
	"unicode"
)

// Printable makes text from outside (a deck, a name, a path) safe to print:
// line breaks and tabs become spaces, and control characters, the format
// characters that reorder or hide text (bidi overrides, zero-width) and
// broken bytes go. Runs of spaces fold to one. It is cut to at most n
// characters, marked with "…"; n <= 0 means no cut.
func Printable(s string, n int) string {
	var b strings.Builder
	kept := 0 // characters other than spaces so far
read:
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(' ')
		case hidden(r):
		case r == ' ':
			b.WriteRune(r)
		case unicode.IsPrint(r):
			b.WriteRune(r)
			if kept++; n > 0 && kept > n {
				break read // more than will be kept: stop reading
			}
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	if r := []rune(out); n > 0 && len(r) > n {
		out = strings.TrimSpace(string(r[:n-1])) + "…"
	}
	return out
}
