package round

import (
	"fmt"
	"strings"

	"github.com/httpquiz/httpquiz/content"
)

// MissingError means a round's filters leave nothing to ask in the decks
// chosen: no scenario has the topic, or none is tagged for the drill.
type MissingError struct {
	Topic   string   // the topic asked for, if any
	Drill   string   // the drill asked for, if any
	Sources []string // where the scenarios were looked for
	Topics  []string // the topics those decks do have
}

// Error names what was missing and where, in one line of printable text:
// topics and file names come from outside, and a deck may have thousands.
func (e *MissingError) Error() string {
	where := Sources(e.Sources)
	topic, drill := content.Printable(e.Topic, 40), content.Printable(e.Drill, 40)
	switch {
	case e.Drill != "":
		return fmt.Sprintf("no scenario in %s is tagged %q, as the drill %s needs", where, drill, drill)
	case e.Topic != "" && len(e.Topics) > 0:
		return fmt.Sprintf("no scenario in %s has the topic %q; its topics are %s", where, topic, listed(e.Topics, 40))
	case e.Topic != "":
		return fmt.Sprintf("no scenario in %s has the topic %q", where, topic)
	}
	return fmt.Sprintf("no scenario in %s fits this round", where)
}

// shown is how many names a message lists before "and N more".
const shown = 8

// listed joins names for a message: at most shown of them, each printable
// and cut to width characters.
func listed(names []string, width int) string {
	out := make([]string, 0, min(len(names), shown))
	for _, n := range names[:min(len(names), shown)] {
		out = append(out, content.Printable(n, width))
	}
	if len(names) > shown {
		return strings.Join(out, ", ") + fmt.Sprintf(" and %d more", len(names)-shown)
	}
	return strings.Join(out, ", ")
}

func missing(spec Spec, c Content) error {
	e := &MissingError{Topic: spec.Config.Topic, Sources: c.Sources, Topics: c.Deck.Topics()}
	if d := spec.Drill(); d != nil {
		e.Drill = d.Name
	}
	return e
}

// Sources names a round's decks in a sentence: "a.yaml and the built-in bank".
func Sources(names []string) string {
	switch {
	case len(names) == 0:
		return "the decks"
	case len(names) == 1:
		return content.Printable(names[0], 160)
	case len(names) > shown:
		return listed(names, 160)
	}
	last := len(names) - 1
	return listed(names[:last], 160) + " and " + content.Printable(names[last], 160)
}

// NotACodeError refuses a typed number that is not a registered status code:
// it is not graded, costs nothing and is not kept.
type NotACodeError struct{ Code int }

func (e *NotACodeError) Error() string {
	return fmt.Sprintf("%d is not a registered status code: try again", e.Code)
}
