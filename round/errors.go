package round

import (
	"fmt"
	"strings"
)

// MissingError means a round's filters leave nothing to ask in the decks
// chosen: no scenario has the topic, or none is tagged for the drill.
type MissingError struct {
	Topic   string   // the topic asked for, if any
	Drill   string   // the drill asked for, if any
	Sources []string // where the scenarios were looked for
	Topics  []string // the topics those decks do have
}

func (e *MissingError) Error() string {
	where := Sources(e.Sources)
	switch {
	case e.Drill != "":
		return fmt.Sprintf("no scenario in %s is tagged %q, as the drill %s needs", where, e.Drill, e.Drill)
	case e.Topic != "" && len(e.Topics) > 0:
		return fmt.Sprintf("no scenario in %s has the topic %q; its topics are %s", where, e.Topic, strings.Join(e.Topics, ", "))
	case e.Topic != "":
		return fmt.Sprintf("no scenario in %s has the topic %q", where, e.Topic)
	}
	return fmt.Sprintf("no scenario in %s fits this round", where)
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
	switch len(names) {
	case 0:
		return "the decks"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// NotACodeError refuses a typed number that is not a registered status code:
// it is not graded, costs nothing and is not kept.
type NotACodeError struct{ Code int }

func (e *NotACodeError) Error() string {
	return fmt.Sprintf("%d is not a registered status code: try again", e.Code)
}
