package workshop

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/content"
)

// CleanName makes a display name safe to show on everyone's screen: escape
// sequences go whole, then whatever content.Printable drops; the name is cut
// to MaxNameRunes and must keep a letter or a digit.
func CleanName(s string) string {
	name := content.Printable(ansi.Strip(s), 0)
	if r := []rune(name); len(r) > MaxNameRunes {
		name = strings.TrimSpace(string(r[:MaxNameRunes]))
	}
	if !strings.ContainsFunc(name, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	return name
}
