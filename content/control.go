package content

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// Unsafe reports whether r must never reach a terminal from a deck or a name:
// C0 controls other than tab and line feed (ESC among them), DEL, the C1
// controls, and the bidirectional embeddings, overrides and isolates, which
// make text read differently from what it says.
func Unsafe(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Safe removes what Unsafe reports, and the other invisible format
// characters, keeping line breaks: the last guard before deck text is drawn.
func Safe(s string) string {
	if !strings.ContainsFunc(s, hidden) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if hidden(r) {
			return -1
		}
		return r
	}, s)
}

// hidden is what Safe removes: Unsafe, the invisible format characters and
// the mark of a broken byte.
func hidden(r rune) bool {
	return Unsafe(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar
}

// runeName names a character for a message: "U+001B (escape)".
func runeName(r rune) string {
	names := map[rune]string{0x1b: "escape", 0x07: "bell", 0x08: "backspace", 0x0d: "carriage return", 0x7f: "delete",
		0x9b: "CSI", 0x9d: "OSC", 0x90: "DCS", 0x202e: "right-to-left override", 0x202d: "left-to-right override"}
	name, ok := names[r]
	switch {
	case ok:
	case r >= 0x202a && r <= 0x202e:
		name = "bidi embedding"
	case r >= 0x2066 && r <= 0x2069:
		name = "bidi isolate"
	default:
		name = "control character"
	}
	return fmt.Sprintf("U+%04X (%s)", r, name)
}

// rawControls reports each unsafe character written directly in the file, at
// its line and column (a carriage return before a line feed is a line end).
// Only the first few are listed: a file full of them needs one look.
func (p *deckParser) rawControls(data string) {
	const most = 10
	line, col, found := 1, 0, 0
	for i, r := range data {
		col++
		switch {
		case r == '\n':
			line, col = line+1, 0
			continue
		case r == '\r' && strings.HasPrefix(data[i+1:], "\n"):
			continue
		case !Unsafe(r):
			continue
		}
		if found++; found > most {
			p.problems = append(p.problems, Problem{p.file, line, col, Error, "more characters like these follow"})
			return
		}
		p.problems = append(p.problems, Problem{p.file, line, col, Error,
			runeName(r) + ": decks hold printable text only; a control character could write into the learner's terminal"})
	}
}

// decodedControl reports an unsafe character that an escape such as "\e" or
// "\u202e" put into a field's value.
func (p *deckParser) decodedControl(key string, n ast.Node, value string) {
	i := strings.IndexFunc(value, Unsafe)
	if i < 0 {
		return
	}
	r := []rune(value[i:])[0]
	// Only a double-quoted string has escapes; a character written raw is
	// reported at its own place already.
	if tk := n.GetToken(); tk == nil || tk.Type != token.DoubleQuoteType || strings.ContainsRune(tk.Origin, r) {
		return
	}
	p.at(n, Error, "%s: %s written as an escape; decks hold printable text only", key, runeName(r))
}

// SafeWriter passes text on to w without what Safe removes, and without
// bytes that are not UTF-8 (a lone 0x9B is a CSI to some terminals), for
// output that streams: an export, a table read from a file anyone may have
// written. A character split between two writes is held until it completes.
func SafeWriter(w io.Writer) io.Writer { return &safeWriter{w: w} }

type safeWriter struct {
	w       io.Writer
	pending []byte // the start of a character the next write completes
}

func (s *safeWriter) Write(p []byte) (int, error) {
	data := append(s.pending, p...)
	keep := len(data)
	for back := 1; back < utf8.UTFMax && back <= len(data); back++ {
		if b := data[len(data)-back]; utf8.RuneStart(b) {
			if !utf8.FullRune(data[len(data)-back:]) {
				keep = len(data) - back
			}
			break
		}
	}
	out := make([]byte, 0, keep)
	for i := 0; i < keep; {
		r, size := utf8.DecodeRune(data[i:keep])
		if !hidden(r) { // a broken byte decodes as RuneError too
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	s.pending = append([]byte(nil), data[keep:]...)
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
