package content

import (
	"fmt"

	"github.com/goccy/go-yaml/token"
)

// A deck comes from anyone: a download, a colleague, a workshop's shared
// folder. These limits keep the cost of reading one bounded by its size,
// whatever it holds: each is far above what a real deck needs and is checked
// before the YAML library builds anything that could grow past it. The YAML
// parser's memory grows with the square of the nesting depth, and its tokens
// cost a few hundred bytes each, so both are counted first.
const (
	// MaxDeckBytes bounds a deck file: far above any real deck, low enough
	// that a stray binary or log file is refused before it is parsed.
	MaxDeckBytes = 8 << 20
	// MaxMarks bounds the YAML punctuation marks and lines in a file, counted
	// byte by byte before the YAML library sees it. A file has at most about
	// twice as many tokens as marks; the built-in bank uses some 60 marks a
	// scenario.
	MaxMarks = 100_000
	// MaxDepth bounds nesting: a deck needs four levels (the list, a
	// scenario, a field, a list of tags).
	MaxDepth = 16
	// MaxScenarios bounds the scenarios in one file.
	MaxScenarios = 1000
	// MaxScenarioBytes bounds one scenario, comments included: the YAML
	// library is given one scenario at a time.
	MaxScenarioBytes = 64 << 10
	// MaxListEntries bounds a list field (tags, also_accept): room to name
	// every registered code.
	MaxListEntries = 100
	// MaxTextRunes bounds an explanation or an accept note.
	MaxTextRunes = 4000
)

// marks counts the bytes that can start or end a YAML token (indicators and
// line breaks), whatever their context. It returns the position where the
// count passes MaxMarks, or ok.
func marks(data string) (line, col int, ok bool) {
	n, line, col := 0, 1, 1
	for i := 0; i < len(data); i++ {
		b := data[i]
		switch b {
		case '\n':
			line, col = line+1, 0
			n++
		case '\r', ',', '[', ']', '{', '}', ':', '-', '#', '?', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
			n++
		}
		if b < 0x80 || b >= 0xc0 { // count characters, not UTF-8 continuation bytes
			col++
		}
		if n > MaxMarks {
			return line, max(col-1, 1), false
		}
	}
	return 0, 0, true
}

// tooBig checks the tokens of a file against the depth and size limits and
// returns the first token that passes one, with the reason.
func tooBig(tokens token.Tokens) (*token.Token, string) {
	flow := 0
	var block []int // columns of the open block levels, innermost last
	for i, tk := range tokens {
		switch tk.Type {
		case token.SequenceStartType, token.MappingStartType:
			flow++
		case token.SequenceEndType, token.MappingEndType:
			flow = max(flow-1, 0)
		case token.SequenceEntryType, token.MappingValueType:
			if flow == 0 {
				col := tk.Position.Column
				if tk.Type == token.MappingValueType && i > 0 {
					col = tokens[i-1].Position.Column // a mapping's level is its key's
				}
				block = enter(block, col)
			}
		}
		if len(block)+flow > MaxDepth {
			return tk, fmt.Sprintf("nested more than %d levels deep; a deck needs four", MaxDepth)
		}
	}
	return nil, ""
}

// enter places a block level at column col: levels at deeper columns close,
// one at the same column continues, a deeper one opens.
func enter(levels []int, col int) []int {
	for len(levels) > 0 && levels[len(levels)-1] > col {
		levels = levels[:len(levels)-1]
	}
	if len(levels) == 0 || levels[len(levels)-1] < col {
		levels = append(levels, col)
	}
	return levels
}
