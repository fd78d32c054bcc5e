package theme

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Layout helpers every face draws with.

// Header is a screen's top line: a title on the left, a note on the right,
// cut to width when both do not fit.
func Header(st Styles, title, note string, width int) string {
	left := st.Title.Render(title)
	right := st.Muted.Render(note)
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 2 {
		return Truncate(left+"  "+right, width)
	}
	return left + strings.Repeat(" ", gap) + right
}

// Wrap wraps styled text to width cells without padding it, at spaces
// only: "Content-Type" or "/shipping-quotes" is never split at its hyphen.
// A line that surely fits is returned as it is, unmeasured.
func Wrap(s string, width int) string {
	if fits(s, width) {
		return s
	}
	// The wrapper breaks at every hyphen; a non-breaking one, as wide, holds
	// the word together and turns back into a hyphen afterwards.
	held := strings.ReplaceAll(s, "-", nonBreakingHyphen)
	return strings.ReplaceAll(lipgloss.Wrap(held, max(width, 1), " "), nonBreakingHyphen, "-")
}

const nonBreakingHyphen = "\u2011"

// Truncate cuts a styled line to width cells.
func Truncate(s string, width int) string {
	return ansi.Truncate(s, max(width, 0), "")
}

// FitWidth cuts every line of s to at most w cells. Most lines fit already
// and are seen to at a glance (fits); only the others are measured, so that
// drawing stays cheap when a whole room redraws at once.
func FitWidth(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if !fits(l, w) && ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// fits reports whether a line is surely no wider than w cells, without
// measuring it: a line is no wider than it is long in bytes, and, escape
// sequences aside, no wider than its count of characters when none of them
// can be wide (the first wide characters are at U+1100; box drawing, block
// elements and the geometric shapes before U+25FD are narrow). False means "not sure".
func fits(l string, w int) bool {
	if len(l) <= w {
		return true
	}
	n := 0
	for i := 0; i < len(l); {
		switch c := l[i]; {
		case c == ansi.ESC && i+1 < len(l) && l[i+1] == '[': // CSI: parameters, then a final byte
			i += 2
			for i < len(l) && (l[i] < 0x40 || l[i] > 0x7e) {
				i++
			}
			i++
		case c == ansi.ESC:
			return false // another sequence: measured instead
		case c < utf8.RuneSelf:
			if c < ' ' || c == 0x7f {
				return false
			}
			n++
			i++
		default:
			r, size := utf8.DecodeRuneInString(l[i:])
			if r >= 0x1100 && (r < 0x2500 || r > 0x25fc) { // box drawing, blocks and most shapes are never wide
				return false
			}
			n++
			i += size
		}
		if n > w {
			return false
		}
	}
	return true
}

// FitHeight pads or cuts s to exactly h lines, so that what sits below it
// stays in place.
func FitHeight(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(h, 0)]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// Squeeze fits s to h lines as FitHeight does, but when s is too tall the
// blank lines between its parts go first, from the bottom up, before any
// line with text is cut.
func Squeeze(s string, h int) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i > 0 && len(lines) > h; i-- {
		if strings.TrimSpace(ansi.Strip(lines[i])) == "" {
			lines = append(lines[:i], lines[i+1:]...)
		}
	}
	return FitHeight(strings.Join(lines, "\n"), h)
}

// Ellipsis cuts plain text to at most n characters, marking the cut with "…".
func Ellipsis(s string, n int) string {
	r := []rune(s)
	switch {
	case n < 1:
		return ""
	case len(r) <= n:
		return s
	}
	return string(r[:n-1]) + "…"
}
