package content

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/goccy/go-yaml"
)

// WriteJSON writes the deck as a JSON array of scenarios. Decks in this form
// load as they are: JSON is YAML.
func WriteJSON(w io.Writer, d Deck) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d.Scenarios)
}

// foldWidth is where exported prose is wrapped.
const foldWidth = 88

// WriteYAML writes the deck in the deck file format, with prose as folded
// blocks so that it reads and diffs well. The result loads back to the same deck.
func WriteYAML(w io.Writer, d Deck, header string) error {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(header), "\n") {
		if line != "" {
			b.WriteString("# " + line + "\n")
		}
	}
	for i, s := range d.Scenarios {
		if i > 0 || b.Len() > 0 {
			b.WriteString("\n")
		}
		writeScenario(&b, s)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeScenario(b *strings.Builder, s Scenario) {
	fmt.Fprintf(b, "- id: %s\n", scalar(s.ID))
	if s.Topic != "" {
		fmt.Fprintf(b, "  topic: %s\n", scalar(s.Topic))
	}
	writeProse(b, "prompt", s.Prompt)
	fmt.Fprintf(b, "  answer: %d\n", s.Answer)
	if len(s.AlsoAccept) > 0 {
		fmt.Fprintf(b, "  also_accept: [%s]\n", joinCodes(s.AlsoAccept))
	}
	if s.AcceptNote != "" {
		writeProse(b, "accept_note", s.AcceptNote)
	}
	if len(s.Distractors) > 0 {
		fmt.Fprintf(b, "  distractors: [%s]\n", joinCodes(s.Distractors))
	}
	if s.Explanation != "" {
		writeProse(b, "explanation", s.Explanation)
	}
	if len(s.Tags) > 0 {
		tags := make([]string, len(s.Tags))
		for i, t := range s.Tags {
			tags[i] = scalar(t)
		}
		fmt.Fprintf(b, "  tags: [%s]\n", strings.Join(tags, ", "))
	}
	fmt.Fprintf(b, "  difficulty: %d\n", s.Difficulty)
}

// scalar renders a value on one line: plain or quoted the way the YAML library
// would, or as a JSON string (a valid YAML double-quoted scalar) when the
// library would need a block or would write a control character as it is.
func scalar(v string) string {
	out, err := yaml.Marshal(v)
	if line := strings.TrimSuffix(string(out), "\n"); err == nil && !strings.ContainsFunc(line, unicode.IsControl) {
		return line
	}
	quoted, _ := json.Marshal(v) // a string always marshals
	return string(quoted)
}

// writeProse writes long text as a folded block (">-") when folding can carry
// it exactly, and as a quoted scalar otherwise.
func writeProse(b *strings.Builder, key, text string) {
	if len(key)+len(text)+4 <= foldWidth || !foldable(text) {
		fmt.Fprintf(b, "  %s: %s\n", key, scalar(text))
		return
	}
	fmt.Fprintf(b, "  %s: >-\n", key)
	line := ""
	for _, word := range strings.Split(text, " ") {
		if line != "" && 4+len(line)+1+len(word) > foldWidth {
			b.WriteString("    " + line + "\n")
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	b.WriteString("    " + line + "\n")
}

// foldable reports whether a folded block reads back as exactly text: one line,
// words split by single spaces, no control characters.
func foldable(text string) bool {
	if text == "" || text != strings.TrimSpace(text) || strings.Contains(text, "  ") {
		return false
	}
	for _, r := range text {
		if unicode.IsControl(r) || (unicode.IsSpace(r) && r != ' ') || r == '\uFEFF' {
			return false
		}
	}
	return true
}

func joinCodes(codes []int) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = strconv.Itoa(c)
	}
	return strings.Join(out, ", ")
}
