package content

import (
	"fmt"
	"slices"
)

// The codes seen in the wild are a part of the catalogue apart from the
// registry: Codes, Lookup and Find never return them, so that everything
// built on the registry (practice, timed rounds, the classroom, `codes`)
// keeps exactly the IANA codes. They are reached through Wild, LookupWild
// and FindWild, or through WithWild for a round about them.

// WildTopic is the topic of the scenarios about codes seen in the wild: the
// only scenarios that may use them, and only when asked for.
const WildTopic = "wild"

// LabTopic is the topic of the questions that send a real request to the
// lab: asked only by the lab's own rounds.
const LabTopic = "lab"

// LabIDPrefix begins the id of every lab question, so that the answers to
// them can be told apart from the others in the progress kept.
const LabIDPrefix = "lab-"

// Wild returns the codes seen in the wild, in code order.
func (c *Catalogue) Wild() []Code { return c.wild }

// LookupWild returns the wild entry for a numeric code.
func (c *Catalogue) LookupWild(code int) (Code, bool) {
	i := slices.IndexFunc(c.wild, func(e Code) bool { return e.Code == code })
	if i < 0 {
		return Code{}, false
	}
	return c.wild[i], true
}

// FindWild looks a wild code up by number or name, as Find does the registry.
func (c *Catalogue) FindWild(query string) (Code, bool) {
	if len(c.wild) == 0 {
		return Code{}, false
	}
	w, err := NewCatalogue(c.wild)
	if err != nil {
		return Code{}, false
	}
	return w.Find(query)
}

// WithWild is a catalogue whose Codes and Lookup hold the registry and the
// codes seen in the wild together, for a round about the wild ones.
func (c *Catalogue) WithWild() *Catalogue {
	all, _ := NewCatalogue(append(slices.Clone(c.codes), c.wild...)) // the numbers never overlap: SetWild checks
	return all
}

// SetWild gives the catalogue its codes seen in the wild, after checking
// each: not a registered number, marked unregistered, with a source, how
// it reaches anyone, and the registered codes to use instead.
func (c *Catalogue) SetWild(entries []Code) error {
	wild := slices.Clone(entries)
	slices.SortFunc(wild, func(a, b Code) int { return a.Code - b.Code })
	for i, e := range wild {
		switch {
		case c.Has(e.Code):
			return fmt.Errorf("wild code %d is registered; it belongs in the registry part", e.Code)
		case i > 0 && wild[i-1].Code == e.Code:
			return fmt.Errorf("wild code %d appears twice; give other vendors' meanings as other_uses", e.Code)
		case e.Status != Unregistered:
			return fmt.Errorf("wild code %d: status must be %q", e.Code, Unregistered)
		case e.Source == "":
			return fmt.Errorf("wild code %d has no source", e.Code)
		case e.Reaches != ReachesClient && e.Reaches != ReachesLog && e.Reaches != ReachesInternal:
			return fmt.Errorf("wild code %d: reaches must be %q, %q or %q", e.Code, ReachesClient, ReachesLog, ReachesInternal)
		case len(e.UseInstead) == 0:
			return fmt.Errorf("wild code %d has no registered code to use instead", e.Code)
		}
		for _, u := range e.UseInstead {
			if r, ok := c.Lookup(u); !ok || !r.Answerable() {
				return fmt.Errorf("wild code %d: use_instead %d is not a registered code in use", e.Code, u)
			}
		}
	}
	c.wild = wild
	return nil
}
