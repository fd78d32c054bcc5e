package workshop

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// CleanName makes a display name safe to show on everyone's screen: escape
// sequences and control characters go, as do the characters that reorder or
// hide text; spaces are folded; the name is cut to MaxNameRunes.
func CleanName(s string) string {
	s = ansi.Strip(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(' ')
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), r == unicode.ReplacementChar:
			// control, format (bidi overrides, zero-width) and broken bytes
		case unicode.IsPrint(r) || r == ' ':
			b.WriteRune(r)
		}
	}
	name := strings.Join(strings.Fields(b.String()), " ")
	if r := []rune(name); len(r) > MaxNameRunes {
		name = strings.TrimSpace(string(r[:MaxNameRunes]))
	}
	if !strings.ContainsFunc(name, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	return name
}
