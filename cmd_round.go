package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/plain"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/tui"
)

// roundFlags are the flags every command that plays a round shares.
type roundFlags struct {
	decks       []string
	withBuiltin bool
	plain       bool
}

func (f *roundFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&f.decks, "deck", nil, "play the scenarios of this deck file (repeatable)")
	cmd.Flags().BoolVar(&f.withBuiltin, "with-builtin", false, "with --deck: play the built-in bank as well")
	cmd.Flags().BoolVar(&f.plain, "plain", false, "plain lines of text instead of the full screen (automatic in a pipe)")
}

// content returns the catalogue with the deck to play: the built-in bank, the
// decks given, or both. A deck with errors stops here, in one line.
func (f *roundFlags) content(env *env) (content.Builtin, error) {
	b, err := content.LoadBuiltin()
	if err != nil || len(f.decks) == 0 {
		if f.withBuiltin && err == nil {
			return b, usagef("--with-builtin goes with --deck")
		}
		return b, err
	}
	var sources []content.Source
	var base content.Deck
	if f.withBuiltin {
		base = b.Deck
	}
	for _, name := range f.decks {
		data, err := readDeck(env, name)
		if err != nil {
			return b, fmt.Errorf("deck %s: %v", name, err)
		}
		sources = append(sources, content.Source{Name: name, Data: data})
	}
	deck, problems := content.LoadDecksOver(b.Catalogue, base, sources...)
	if problems.Errors() > 0 {
		return b, deckError(problems)
	}
	if deck.Len() == 0 {
		return b, fmt.Errorf("the decks hold no scenarios")
	}
	b.Deck = deck
	return b, nil
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

// plainWanted reports whether to play in plain mode, and why, when it was not
// asked for: the full screen needs a terminal on both ends that can draw it.
func (env *env) plainWanted(asked bool) (bool, string) {
	switch {
	case asked:
		return true, ""
	case !env.stdoutTTY:
		return true, "stdout is not a terminal"
	case !env.stdinTTY:
		return true, "stdin is not a terminal"
	case os.Getenv("TERM") == "dumb":
		return true, "TERM is dumb"
	}
	return false, ""
}

// playRound plays a round, full screen or in plain mode.
func playRound(cmd *cobra.Command, env *env, f roundFlags, opts tui.Options) error {
	b, err := f.content(env)
	if err != nil {
		return err
	}
	if wanted, why := env.plainWanted(f.plain); wanted {
		if why != "" {
			fmt.Fprintf(env.stderr, "httpquiz: %s: playing in plain mode (--plain)\n", why)
		}
		return playPlain(cmd.Context(), env, b, opts)
	}
	opts.Load = func() (content.Builtin, error) { return b, nil }
	return runTUI(cmd.Context(), env, opts)
}

// playPlain runs the round of opts as lines of text.
func playPlain(ctx context.Context, env *env, b content.Builtin, opts tui.Options) error {
	lazy, progressErr := progressFor(env)
	if progressErr != nil {
		fmt.Fprintln(env.stderr, "httpquiz: warning: not saving progress:", progressErr)
	}
	if lazy != nil {
		defer lazy.Close()
	}
	r := opts.Round
	if opts.Start == tui.StartReview {
		var done bool
		var err error
		if r, done, err = reviewRound(ctx, env, b, lazy, opts.Review); err != nil || done {
			return err
		}
	}
	if r.RandomSeed {
		r.Config.Seed = rand.Uint64()
	}
	round := plain.Round{Title: r.Title, Mode: r.Mode, Config: r.Config}
	if l := r.Limits; l != nil {
		round.Config.Timed = l.Timing()
		if !l.NoTimer {
			round.PerQuestion, round.Total = l.PerQuestion, l.Total
		}
		round.OutFile = l.Out
	}
	if d := r.Config.Drill; d != nil {
		round.Lesson = d.Title + "\n" + d.Lesson + "\nRemember: " + d.Mnemonic
	}
	_, err := plain.Run(ctx, plain.Options{Round: round, Catalogue: b.Catalogue, Deck: b.Deck, In: env.stdin,
		Out: env.stdout, Warn: env.stderr, Clock: time.Now, Progress: lazy, Version: version(), Echo: !env.stdinTTY})
	return err
}

// reviewRound plans a plain review round from the saved cards. done is true
// when there is nothing to ask, after saying so.
func reviewRound(ctx context.Context, env *env, b content.Builtin, lazy *store.Lazy, o tui.ReviewOptions) (tui.Round, bool, error) {
	if lazy == nil {
		return tui.Round{}, true, fmt.Errorf("review needs the progress database")
	}
	s, err := lazy.Get()
	if err != nil {
		return tui.Round{}, true, err
	}
	cards, err := s.Cards(ctx)
	if err != nil {
		return tui.Round{}, true, err
	}
	now := time.Now()
	plan := quiz.PlanReview(cards, quiz.UnseenCodes(b.Catalogue, cards), now, o.Count, o.IncludeNew)
	switch {
	case len(plan.Codes) == 0:
		fmt.Fprintln(env.stdout, "No review history yet: play a round first, or start with codes you have not met: httpquiz review --include-new")
		fmt.Fprintln(env.stdout, "score: 0/0")
		return tui.Round{}, true, nil
	case plan.Due == 0 && !plan.NextDue.IsZero():
		fmt.Fprintf(env.stdout, "Nothing is due: the next code comes back on %s. Practising your %d weakest codes instead.\n",
			plan.NextDue.Local().Format("Mon 2 Jan 15:04"), len(plan.Codes))
	case plan.Due > 0:
		fmt.Fprintf(env.stdout, "%d due for review, of %d codes you have met.\n", plan.Due, plan.Met)
	}
	return tui.Round{Title: "Review", Mode: "review", RandomSeed: o.Seed == 0,
		Config: quiz.Config{Seed: o.Seed, Kinds: []quiz.Kind{quiz.PickCode}, Codes: plan.Codes}}, false, nil
}
