package content

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
)

// Source is one deck file to load: its name for messages and its bytes.
type Source struct {
	Name string
	Data []byte
}

// placed is a scenario with its position, for cross-file checks, and whether
// it passed validation on its own.
type placed struct {
	Scenario
	file      string
	line, col int
	valid     bool
}

// LoadDecks parses and validates deck files together and returns the scenarios
// of all of them, in order. Every problem found in every file is listed; the
// deck is usable when no problem is an error. It never panics.
func LoadDecks(cat *Catalogue, sources ...Source) (Deck, Problems) {
	return LoadDecksOver(cat, Deck{}, sources...)
}

// BuiltinName stands for the built-in bank in messages.
const BuiltinName = "(the built-in bank)"

// LoadDecksOver loads decks to be played after base, the built-in bank: the
// result holds base's scenarios and then theirs, and an id already used in
// base is a duplicate like any other.
func LoadDecksOver(cat *Catalogue, base Deck, sources ...Source) (Deck, Problems) {
	var all []placed
	for _, s := range base.Scenarios {
		all = append(all, placed{Scenario: s, file: BuiltinName, valid: true})
	}
	var problems Problems
	for _, src := range sources {
		scs, ps := parseDeck(cat, src)
		all = append(all, scs...)
		problems = append(problems, ps...)
	}
	problems = append(problems, duplicateIDs(all)...)
	var deck Deck
	for _, p := range all {
		if p.valid {
			deck.Scenarios = append(deck.Scenarios, p.Scenario)
		}
	}
	return deck, problems
}

// duplicateIDs reports every id used a second time, and marks the repeats
// invalid so that the deck keeps the first.
func duplicateIDs(all []placed) Problems {
	var ps Problems
	first := map[string]placed{}
	for i, s := range all {
		if s.ID == "" {
			continue
		}
		if f, dup := first[s.ID]; dup {
			where := fmt.Sprintf("%s:%d:%d", f.file, f.line, f.col)
			if f.file == BuiltinName {
				where = BuiltinName
			}
			ps = append(ps, Problem{s.file, s.line, s.col, Error,
				fmt.Sprintf("duplicate id %q (first used at %s)", s.ID, where)})
			all[i].valid = false
			continue
		}
		first[s.ID] = s
	}
	return ps
}

// deckParser collects problems for one file.
type deckParser struct {
	cat      *Catalogue
	file     string
	problems Problems
	line0    int       // lines before the piece being read
	wild     []wildUse // codes seen in the wild that the scenario being read uses
}

func (p *deckParser) at(n ast.Node, sev Severity, format string, args ...any) {
	line, col := position(n)
	p.atLine(line, col, sev, fmt.Sprintf(format, args...))
}

// atLine adds a problem at a line of the piece being read.
func (p *deckParser) atLine(line, col int, sev Severity, msg string) {
	p.problems = append(p.problems, Problem{p.file, p.line0 + max(line, 1), max(col, 1), sev, msg})
}

// position is where a node starts. A mapping's own token is its first colon,
// so a mapping is placed at its first key instead.
func position(n ast.Node) (int, int) {
	switch m := n.(type) {
	case *ast.MappingNode:
		if len(m.Values) > 0 {
			n = m.Values[0].Key
		}
	case *ast.MappingValueNode:
		n = m.Key
	}
	if n == nil || n.GetToken() == nil {
		return 1, 1
	}
	pos := n.GetToken().Position
	return max(pos.Line, 1), max(pos.Column, 1)
}

// unwrap looks through anchors, tags and comments to the node that holds the value.
func unwrap(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
		case *ast.TagNode:
			n = v.Value
		default:
			return n
		}
	}
}

var (
	idPattern  = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	tagPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,31}$`)
)

// fields is every key a scenario may have, in the order they are documented.
var fields = []string{"id", "topic", "prompt", "answer", "also_accept", "accept_note", "distractors", "explanation", "tags", "difficulty"}

// MaxPromptRunes bounds a prompt: a question must fit on a screen.
const MaxPromptRunes = 600

func (p *deckParser) scenario(item ast.Node) (Scenario, bool) {
	item = unwrap(item)
	values, ok := mappingValues(item)
	if !ok {
		p.at(item, Error, "a scenario is a mapping with id, prompt, answer, ...")
		return Scenario{}, false
	}
	var s Scenario
	p.wild = nil
	seen := map[string]bool{} // fields present
	bad := map[string]bool{}  // fields present but unreadable
	errorsBefore := p.problems.Errors()
	for _, mv := range values {
		key := keyName(mv.Key)
		switch {
		case seen[key]:
			p.at(mv.Key, Error, "field %q is given twice", key)
			continue
		case !isField(key):
			p.at(mv.Key, Error, "unknown field %q%s", key, didYouMean(key))
			continue
		}
		seen[key] = true
		before := p.problems.Errors()
		p.field(&s, key, mv.Value)
		bad[key] = p.problems.Errors() > before
	}
	p.required(item, &s, seen, bad)
	return s, p.problems.Errors() == errorsBefore
}

// prose reads an explanation or a note, at most MaxTextRunes long.
func (p *deckParser) prose(key string, n ast.Node) string {
	v, _ := p.text(key, n)
	v = strings.TrimSpace(v)
	if count := utf8.RuneCountInString(v); count > MaxTextRunes {
		p.at(n, Error, "%s is %d characters; the most is %d", key, count, MaxTextRunes)
	}
	return v
}

func mappingValues(n ast.Node) ([]*ast.MappingValueNode, bool) {
	switch m := n.(type) {
	case *ast.MappingNode:
		return m.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{m}, true
	}
	return nil, false
}

func keyName(k ast.MapKeyNode) string {
	if k == nil || k.GetToken() == nil {
		return ""
	}
	return k.GetToken().Value
}

func isField(key string) bool {
	for _, f := range fields {
		if f == key {
			return true
		}
	}
	return false
}

func didYouMean(key string) string {
	best, bestD := "", 3
	for _, f := range fields {
		if d := levenshtein(strings.ToLower(key), f); d < bestD {
			best, bestD = f, d
		}
	}
	if best == "" {
		return " (known fields: " + strings.Join(fields, ", ") + ")"
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

func (p *deckParser) field(s *Scenario, key string, n ast.Node) {
	switch key {
	case "id":
		if v, ok := p.text(key, n); ok {
			if !idPattern.MatchString(v) {
				p.at(n, Error, "id %q: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit", v)
			}
			s.ID = v
		}
	case "topic":
		if v, ok := p.text(key, n); ok {
			if !tagPattern.MatchString(v) {
				p.at(n, Error, "topic %q: use lower-case letters, digits, '-' or '_' (at most 32)", v)
			}
			s.Topic = v
		}
	case "prompt":
		s.Prompt, _ = p.text(key, n)
		s.Prompt = strings.TrimSpace(s.Prompt)
		if utf8.RuneCountInString(s.Prompt) > MaxPromptRunes {
			p.at(n, Error, "prompt is %d characters; the most is %d", utf8.RuneCountInString(s.Prompt), MaxPromptRunes)
		}
	case "answer":
		if code, ok := p.code(key, n); ok {
			s.Answer = code
		}
	case "also_accept":
		s.AlsoAccept = p.codes(key, n)
	case "accept_note":
		s.AcceptNote = p.prose(key, n)
	case "distractors":
		s.Distractors = p.codes(key, n)
	case "explanation":
		s.Explanation = p.prose(key, n)
	case "tags":
		s.Tags = p.tags(n)
	case "difficulty":
		if d, ok := p.integer(key, n); ok {
			if d < 1 || d > 3 {
				p.at(n, Error, "difficulty must be 1, 2 or 3, not %d", d)
			}
			s.Difficulty = d
		}
	}
}
