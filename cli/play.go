package cli

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/plain"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/tui"
)

// errNotTerminal is returned by the interactive commands in a pipe.
var errNotTerminal = errors.New("this command is interactive: run it in a terminal (stdin and stdout must both be one)")

// interactive checks that the full-screen interface can run here.
func interactive(env *env) error {
	if !env.stdinTTY || !env.stdoutTTY {
		return errNotTerminal
	}
	return nil
}

// plainWanted reports whether to play in plain mode, and why, when it was not
// asked for: the full screen needs a terminal on both ends that can draw it.
func (e *env) plainWanted(asked bool) (bool, string) {
	switch {
	case asked:
		return true, ""
	case !e.stdoutTTY:
		return true, "stdout is not a terminal"
	case !e.stdinTTY:
		return true, "stdin is not a terminal"
	case os.Getenv("TERM") == "dumb":
		return true, "TERM is dumb"
	}
	return false, ""
}

// sayPlain says why plain mode is used, when it was not asked for.
func sayPlain(env *env, why string) {
	if why != "" {
		fmt.Fprintf(env.stderr, "httpquiz: %s: playing in plain mode (--plain)\n", why)
	}
}

// playSpec plays a round: the decks are loaded once, the round is checked
// against them (a topic or drill they do not have is a usage error), and it
// goes to the full screen or to plain mode.
func playSpec(cmd *cobra.Command, env *env, f *roundFlags, spec round.Spec) error {
	c, err := f.content(env)
	if err != nil {
		return err
	}
	if wanted, why := env.plainWanted(f.plain); wanted {
		return playPlain(cmd.Context(), env, c, spec, why)
	}
	if err := round.Check(spec, c); err != nil {
		return usageIfMissing(err)
	}
	return runTUI(cmd.Context(), env, tui.Options{Start: tui.StartRound, Spec: spec}, &c)
}

// usageIfMissing makes a round the decks cannot give a usage error: the
// command line asked for a topic or drill they do not have.
func usageIfMissing(err error) error {
	var missing *round.MissingError
	if errors.As(err, &missing) {
		return usageError{err}
	}
	return err
}

// runTUI starts the full screen on the process's terminal, with the content
// given or, for nil, the built-in content.
func runTUI(ctx context.Context, env *env, opts tui.Options, c *round.Content) error {
	if err := interactive(env); err != nil {
		return err
	}
	opts.Load = round.Builtin
	if c != nil {
		loaded := *c
		opts.Load = func() (round.Content, error) { return loaded, nil }
	}
	if opts.Predict == nil && opts.Start != tui.StartLab {
		// Any session may come to a review round, and review asks the lab's
		// questions too: a lab is started for them once one is asked.
		live := newLabOnDemand(ctx)
		defer live.close()
		load := opts.Load
		opts.Predict = live.link
		opts.Load = func() (round.Content, error) {
			c, err := load()
			live.add(&c)
			return c, err
		}
	}
	opts.Clock = time.Now
	opts.Seed = rand.Uint64
	opts.Profile = env.profile
	opts.Theme = env.theme
	opts.Version = version()
	if opts.Progress == nil && opts.ProgressErr == nil { // the lab opens its own first
		opts.Progress, opts.ProgressErr = progressFor(env)
	}
	if opts.Progress != nil {
		defer opts.Progress.Close()
	}
	if opts.Quests == nil && opts.Start != tui.StartLab {
		quests := &questsOnDemand{ctx: ctx, progress: opts.Progress}
		defer quests.close() // before the progress it keeps quests in
		opts.Quests = quests.open
	}
	notSaved, err := tui.Run(ctx, opts, os.Stdin, os.Stdout)
	if notSaved != nil {
		fmt.Fprintln(env.stderr, "httpquiz: warning: progress was not saved:", notSaved)
	}
	return err
}

// playPlain plays a round as lines of text, saying first why plain mode is
// used when it was not asked for.
func playPlain(ctx context.Context, env *env, c round.Content, spec round.Spec, why string, tune ...func(*plain.Options)) error {
	p, err := round.Start(spec, c, time.Now, rand.Uint64)
	if err != nil {
		return usageIfMissing(err)
	}
	sayPlain(env, why)
	lazy, err := progressFor(env)
	if err != nil {
		fmt.Fprintln(env.stderr, "httpquiz: warning: not saving progress:", err)
	}
	if lazy != nil {
		defer lazy.Close()
	}
	o := plain.Options{Play: p, Recorder: round.NewRecorder(p, lazy, version()),
		In: env.stdin, Out: env.stdout, Warn: env.stderr, Echo: !env.stdinTTY}
	for _, t := range tune {
		t(&o)
	}
	_, err = plain.Run(ctx, o)
	return err
}
