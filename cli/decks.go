package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/round"
)

// roundFlags are the flags every command that plays a round shares, and the
// content they choose, loaded once: a deck read from standard input can only
// be read once.
type roundFlags struct {
	decks       []string
	withBuiltin bool
	plain       bool

	loaded  bool
	c       round.Content
	loadErr error
}

func (f *roundFlags) register(cmd *cobra.Command, plain bool) {
	cmd.Flags().StringArrayVar(&f.decks, "deck", nil, "play the scenarios of this deck file (repeatable; - reads standard input)")
	cmd.Flags().BoolVar(&f.withBuiltin, "with-builtin", false, "with --deck: play the built-in bank as well")
	if plain {
		cmd.Flags().BoolVar(&f.plain, "plain", false, "plain lines of text instead of the full screen (automatic in a pipe)")
	}
}

// content returns the catalogue with the deck to play: the built-in bank, the
// decks given, or both. A deck with errors stops here, in one line.
func (f *roundFlags) content(env *env) (round.Content, error) {
	if !f.loaded {
		f.c, f.loadErr = f.load(env)
		f.loaded = true
	}
	return f.c, f.loadErr
}

func (f *roundFlags) load(env *env) (round.Content, error) {
	c, err := round.Builtin()
	switch {
	case err != nil:
		return c, err
	case len(f.decks) == 0 && f.withBuiltin:
		return c, usagef("--with-builtin goes with --deck")
	case len(f.decks) == 0:
		return c, nil
	}
	var sources []content.Source
	var base content.Deck
	c.Sources = nil
	for _, name := range f.decks {
		data, err := readDeck(env, name)
		if err != nil {
			return c, fmt.Errorf("deck %s: %v", name, err)
		}
		sources = append(sources, content.Source{Name: name, Data: data})
		c.Sources = append(c.Sources, deckName(name))
	}
	if f.withBuiltin {
		base = c.Deck
		c.Sources = append(c.Sources, round.BuiltinBank)
	}
	deck, problems := content.LoadDecksOver(c.Catalogue, base, sources...)
	if problems.Errors() > 0 {
		return c, deckError(problems)
	}
	if deck.Len() == 0 {
		return c, fmt.Errorf("the decks hold no scenarios")
	}
	c.Deck = deck
	return c, nil
}

// deckName is how a deck is named in messages.
func deckName(name string) string {
	if name == "-" {
		return "the deck on standard input"
	}
	return name
}

// deckError puts a deck's first error in one line, with a pointer to the rest.
func deckError(problems content.Problems) error {
	var first content.Problem
	for _, p := range problems {
		if p.Severity == content.Error {
			first = p
			break
		}
	}
	msg := "deck " + first.String()
	if n := problems.Errors(); n > 1 {
		msg += fmt.Sprintf(" (and %d more errors: httpquiz deck check shows them all)", n-1)
	}
	return fmt.Errorf("%s", msg)
}
