package content

import (
	"strings"
	"testing"
)

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                          "plain",
		"a\x1b]0;pwned\x07b":             "a]0;pwnedb",
		"line\nbreak\ttab":               "line break tab",
		"\u202eevil\u200b":               "evil",
		"c1\u009b2J":                     "c12J",
		"  many    spaces  ":             "many spaces",
		strings.Repeat("x", 300000):      strings.Repeat("x", 39) + "…",
		strings.Repeat(" ", 500) + "abc": "abc",
	} {
		if got := Printable(in, 40); got != want {
			t.Errorf("Printable(%.30q) = %.50q, want %.50q", in, got, want)
		}
	}
	if got := Printable(strings.Repeat("ab ", 10), 0); got != strings.TrimSpace(strings.Repeat("ab ", 10)) {
		t.Errorf("no cut: %q", got)
	}
}
