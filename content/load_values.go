package content

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// kind names a node's shape for messages: "a list", "a mapping", "a number".
func kind(n ast.Node) string {
	switch n.(type) {
	case *ast.SequenceNode:
		return "a list"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	case *ast.IntegerNode, *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return "a number"
	case *ast.BoolNode:
		return "true/false"
	case *ast.NullNode, nil:
		return "nothing"
	case *ast.AliasNode:
		return "an alias"
	}
	return "text"
}

// text reads a scalar as a string. Numbers and booleans are taken as written.
func (p *deckParser) text(key string, n ast.Node) (string, bool) {
	n = unwrap(n)
	switch v := n.(type) {
	case *ast.StringNode:
		p.decodedControl(key, n, v.Value)
		return v.Value, true
	case *ast.LiteralNode:
		p.decodedControl(key, n, v.Value.Value)
		return v.Value.Value, true
	case *ast.NullNode:
		return "", true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode:
		return v.GetToken().Value, true
	}
	p.at(n, Error, "%s: want text, got %s", key, kind(n))
	return "", false
}

// integer reads a whole number, also when it is quoted.
func (p *deckParser) integer(key string, n ast.Node) (int, bool) {
	n = unwrap(n)
	var raw string
	switch v := n.(type) {
	case *ast.IntegerNode:
		raw = v.GetToken().Value
	case *ast.StringNode:
		raw = v.Value
	default:
		p.at(n, Error, "%s: want a whole number, got %s", key, kind(n))
		return 0, false
	}
	i, err := strconv.Atoi(strings.TrimSpace(raw))
	if err != nil || i < 0 {
		p.at(n, Error, "%s: want a whole number, got %q", key, raw)
		return 0, false
	}
	return i, true
}

// code reads a registered status code that a scenario may have as its answer.
func (p *deckParser) code(key string, n ast.Node) (int, bool) {
	c, ok := p.integer(key, n)
	if !ok {
		return 0, false
	}
	entry, known := p.cat.Lookup(c)
	if _, wild := p.cat.LookupWild(c); !known && wild {
		p.wild = append(p.wild, wildUse{key, c, n}) // allowed for the wild topic only: see required
		return c, true
	}
	switch {
	case !known:
		p.at(n, Error, "%s: %d is not a registered status code%s", key, c, p.nearest(c))
		return 0, false
	case !entry.Answerable():
		p.at(n, Error, "%s: %d is reserved and unused; it is never a right answer", key, c)
		return 0, false
	}
	return c, true
}

func (p *deckParser) nearest(c int) string {
	near := p.cat.Suggest(strconv.Itoa(c), 3)
	if len(near) == 0 {
		return ""
	}
	names := make([]string, len(near))
	for i, e := range near {
		names[i] = strconv.Itoa(e.Code)
	}
	return " (nearest: " + strings.Join(names, ", ") + ")"
}

// list returns the items of a sequence; a single scalar counts as a list of one.
func (p *deckParser) list(key string, n ast.Node) ([]ast.Node, bool) {
	n = unwrap(n)
	switch v := n.(type) {
	case *ast.SequenceNode:
		if len(v.Values) > MaxListEntries {
			p.at(v.Values[MaxListEntries], Error, "%s: more than %d entries", key, MaxListEntries)
			return nil, false
		}
		return v.Values, true
	case *ast.NullNode:
		return nil, true
	case *ast.MappingNode, *ast.MappingValueNode, *ast.AliasNode:
		p.at(n, Error, "%s: want a list, got %s", key, kind(n))
		return nil, false
	}
	return []ast.Node{n}, true
}

func (p *deckParser) codes(key string, n ast.Node) []int {
	items, _ := p.list(key, n)
	var out []int
	for _, item := range items {
		c, ok := p.code(key, item)
		if !ok {
			continue
		}
		if slices.Contains(out, c) {
			p.at(item, Error, "%s: %d is listed twice", key, c)
			continue
		}
		out = append(out, c)
	}
	return out
}

func (p *deckParser) tags(n ast.Node) []string {
	items, _ := p.list("tags", n)
	var out []string
	for _, item := range items {
		t, ok := p.text("tags", item)
		if !ok {
			continue
		}
		if !tagPattern.MatchString(t) {
			p.at(item, Error, "tag %q: use lower-case letters, digits, '-' or '_' (at most 32)", t)
			continue
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// required reports what a scenario lacks once all its fields are read.
func (p *deckParser) required(item ast.Node, s *Scenario, seen, bad map[string]bool) {
	for _, f := range []string{"id", "prompt", "answer"} {
		if !seen[f] {
			p.at(item, Error, "scenario%s has no %s", named(s.ID), f)
		}
	}
	if seen["prompt"] && !bad["prompt"] && s.Prompt == "" {
		p.at(item, Error, "scenario%s has an empty prompt", named(s.ID))
	}
	if s.Answer != 0 && slices.Contains(s.AlsoAccept, s.Answer) {
		p.at(item, Error, "scenario%s: also_accept repeats the answer %d", named(s.ID), s.Answer)
	}
	p.ownDistractors(item, s)
	if s.Topic != WildTopic {
		for _, w := range p.wild {
			e, _ := p.cat.LookupWild(w.code)
			p.at(w.node, Error, "%s: %d is not a registered status code (it is %s's, seen in the wild); only scenarios with topic: %s may use it",
				w.key, w.code, e.Source, WildTopic)
		}
	}
	if !bad["explanation"] && strings.TrimSpace(s.Explanation) == "" {
		p.at(item, Warning, "scenario%s has no explanation; learners will only see the right code", named(s.ID))
	}
	if len(s.AlsoAccept) > 0 && strings.TrimSpace(s.AcceptNote) == "" {
		p.at(item, Warning, "scenario%s accepts more than one code but has no accept_note saying why", named(s.ID))
	}
	if s.Answer != 0 && p.wrongOptions(s) < 3 {
		p.at(item, Warning, "scenario%s accepts so many codes that fewer than three are left as wrong options; it cannot be asked with four options", named(s.ID))
	}
	if s.Answer != 0 && givesAway(s.Prompt, s.Answer) {
		p.at(item, Warning, "scenario%s: the prompt contains the answer %d", named(s.ID), s.Answer)
	}
	if s.Difficulty == 0 {
		s.Difficulty = 2
	}
}

func named(id string) string {
	if id == "" {
		return ""
	}
	return fmt.Sprintf(" %q", id)
}

func givesAway(prompt string, answer int) bool {
	re := regexp.MustCompile(`\b` + strconv.Itoa(answer) + `\b`)
	return re.MatchString(prompt)
}

// wrongOptions counts the codes that could be offered as wrong options.
func (p *deckParser) wrongOptions(s *Scenario) int {
	n := 0
	for _, e := range p.cat.Codes() {
		if e.Answerable() && !s.Accepts(e.Code) {
			n++
		}
	}
	return n
}

// MaxDistractors is how many wrong options a scenario may name: a question
// offers four options, one of them the answer.
const MaxDistractors = 3

// ownDistractors checks the wrong options a scenario names: wrong ones only,
// and no more than a question can show.
func (p *deckParser) ownDistractors(item ast.Node, s *Scenario) {
	if len(s.Distractors) > MaxDistractors {
		p.at(item, Error, "scenario%s names %d distractors; the most is %d", named(s.ID), len(s.Distractors), MaxDistractors)
	}
	for _, c := range s.Distractors {
		if s.Answer != 0 && s.Accepts(c) {
			p.at(item, Error, "scenario%s: distractor %d is an accepted answer", named(s.ID), c)
		}
	}
}

// wildUse is a code seen in the wild, where a scenario used it.
type wildUse struct {
	key  string
	code int
	node ast.Node
}
