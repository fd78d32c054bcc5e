package content

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
)

// parseDeck reads one file. The file is read a scenario at a time (each
// starts with "-" in the first column), so that what the YAML library
// builds is bounded by one scenario, never by the file; the whole file is
// first checked byte by byte against the limits in limits.go.
func parseDeck(cat *Catalogue, src Source) (scs []placed, problems Problems) {
	p := &deckParser{cat: cat, file: src.Name}
	defer func() {
		// The YAML library is third-party code fed untrusted input: if it ever
		// panics, that is one more problem with the file, not a crash.
		if r := recover(); r != nil {
			scs = nil
			problems = append(p.problems, Problem{src.Name, 1, 1, Error, "the YAML parser could not read this file"})
		}
	}()
	text, ok := p.prepare(src.Data)
	if !ok {
		return nil, p.problems
	}
	parts, docs := pieces(text)
	if elems, isJSON := jsonPieces(text); isJSON {
		parts, docs = elems, nil
	}
	if len(docs) > 0 {
		p.atLine(docs[0], 1, Error, fmt.Sprintf("a deck is a single YAML document; found %d", len(docs)+1))
		return nil, p.problems
	}
	found := false // a piece held something other than comments
	for _, part := range parts {
		if len(scs) == MaxScenarios {
			p.line0 = 0
			p.atLine(part.line, 1, Error, fmt.Sprintf("more than %d scenarios in one file; split it into several decks", MaxScenarios))
			return nil, p.problems
		}
		items, any, ok := p.piece(part)
		found = found || any
		if !ok {
			return nil, p.problems
		}
		for _, item := range items {
			s, ok := p.scenario(item)
			line, col := position(item)
			scs = append(scs, placed{s, src.Name, p.line0 + line, col, ok})
		}
	}
	if !found {
		p.line0 = 0
		p.atLine(1, 1, Error, "deck is empty: expected a list of scenarios")
	}
	return scs, p.problems
}

// prepare checks the whole file before any of it is parsed: its size, its
// encoding (a byte-order mark is allowed), its YAML marks and any control
// characters written in it.
func (p *deckParser) prepare(data []byte) (string, bool) {
	switch {
	case len(data) > MaxDeckBytes:
		p.atLine(1, 1, Error, fmt.Sprintf("file is %d bytes; a deck may be at most %d", len(data), MaxDeckBytes))
		return "", false
	case !utf8.Valid(data):
		p.atLine(1, 1, Error, "file is not UTF-8 text")
		return "", false
	}
	text := strings.TrimPrefix(string(data), "\uFEFF") // a byte-order mark, as some editors save
	if line, col, ok := marks(text); !ok {
		p.atLine(line, col, Error, fmt.Sprintf(
			"more than %d YAML marks (punctuation and lines) by here; split the deck into several files", MaxMarks))
		return "", false
	}
	p.rawControls(text)
	return text, true
}

// piece parses one piece and returns the scenarios' nodes in it, whether it
// held anything but comments, and false if the file cannot be read further.
func (p *deckParser) piece(part piece) (items []ast.Node, found, ok bool) {
	p.line0 = part.line - 1
	if len(part.text) > MaxScenarioBytes {
		what := "this scenario"
		if strings.HasPrefix(strings.TrimLeft(part.text, " \t\r\n"), "#") {
			what = "the text before the first scenario"
		}
		p.atLine(1, 1, Error, fmt.Sprintf("%s is %d bytes; one piece may be at most %d", what, len(part.text), MaxScenarioBytes))
		return nil, true, false
	}
	tokens := lexer.Tokenize(part.text)
	if tk, why := tooBig(tokens); tk != nil {
		p.atLine(tk.Position.Line, tk.Position.Column, Error, why)
		return nil, true, false
	}
	file, err := parser.Parse(tokens, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		p.syntaxError(err)
		return nil, true, false
	}
	body := p.documentBody(file)
	if body == nil {
		return nil, false, true
	}
	if part.element {
		return []ast.Node{body}, true, true
	}
	seq, isList := body.(*ast.SequenceNode)
	if !isList {
		p.at(body, Error, "a deck is a list of scenarios, each starting with \"- id:\"")
		return nil, true, false
	}
	return seq.Values, true, true
}

// piece is a stretch of a deck file read on its own: the text before the
// first scenario, or one scenario, from its first line.
type piece struct {
	line    int
	text    string
	element bool // one element of a JSON list, rather than YAML list items
}

// pieces splits a file where a line starts with "-" and a space (or nothing)
// in the first column: a scenario of a top-level list. It also returns the
// lines that start a second YAML document ("---" after the first scenario).
func pieces(text string) (parts []piece, docs []int) {
	start, startLine, line, items := 0, 1, 1, 0
	for i := 0; i < len(text); line++ {
		end := len(text)
		if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
			end = i + j + 1
		}
		l := strings.TrimRight(text[i:end], "\r\n")
		switch {
		case l == "-" || strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "-\t"):
			if i > 0 {
				parts = append(parts, piece{line: startLine, text: text[start:i]})
			}
			start, startLine = i, line
			items++
		case items > 0 && (l == "---" || strings.HasPrefix(l, "--- ")):
			docs = append(docs, line)
		}
		i = end
	}
	return append(parts, piece{line: startLine, text: text[start:]}), docs
}

// jsonPieces splits a deck written as a JSON list (as `deck export --format
// json` writes it) into its elements, each a piece of its own that keeps its
// place in the file: what comes before it on its line is blanked, not cut.
func jsonPieces(text string) ([]piece, bool) {
	if !strings.HasPrefix(strings.TrimSpace(text), "[") {
		return nil, false
	}
	dec := json.NewDecoder(strings.NewReader(text))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, false
	}
	var parts []piece
	counted, line := 0, 1 // line is the line of text[counted]
	for dec.More() {
		start := int(dec.InputOffset())
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil, false // not JSON after all: read it as YAML
		}
		start += strings.IndexAny(text[start:], "{[\"tfn0123456789-") // past the comma and spaces
		lineStart := strings.LastIndexByte(text[:start], '\n') + 1
		prefix := strings.Repeat(" ", utf8.RuneCountInString(text[lineStart:start]))
		line += strings.Count(text[counted:lineStart], "\n")
		counted = lineStart
		parts = append(parts, piece{line, prefix + text[start:dec.InputOffset()], true})
	}
	if _, err := dec.Token(); err != nil || dec.More() {
		return nil, false
	}
	return parts, true
}

func (p *deckParser) syntaxError(err error) {
	var yerr yaml.Error
	if errors.As(err, &yerr) && yerr.GetToken() != nil {
		pos := yerr.GetToken().Position
		p.atLine(pos.Line, pos.Column, Error, "YAML syntax: "+yerr.GetMessage())
		return
	}
	p.atLine(1, 1, Error, fmt.Sprintf("YAML syntax: %v", err))
}

// documentBody returns the piece's content, or nil when it holds only comments.
func (p *deckParser) documentBody(file *ast.File) ast.Node {
	for _, doc := range file.Docs {
		if b := unwrap(doc.Body); b != nil {
			if _, comment := b.(*ast.CommentGroupNode); !comment {
				return b
			}
		}
	}
	return nil
}
