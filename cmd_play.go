package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
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

// runTUI starts the interface on the process's terminal.
func runTUI(ctx context.Context, env *env, opts tui.Options) error {
	if err := interactive(env); err != nil {
		return err
	}
	if opts.Load == nil {
		opts.Load = content.LoadBuiltin
	}
	opts.Clock = time.Now
	opts.Seed = rand.Uint64
	opts.Profile = env.profile
	opts.Theme = env.theme
	opts.Version = version()
	opts.Progress, opts.ProgressErr = progressFor(env)
	if opts.Progress != nil {
		defer opts.Progress.Close()
	}
	notSaved, err := tui.Run(ctx, opts, os.Stdin, os.Stdout)
	if notSaved != nil {
		fmt.Fprintln(env.stderr, "httpquiz: warning: progress was not saved:", notSaved)
	}
	return err
}

func newPracticeCmd(env *env) *cobra.Command {
	var rf roundFlags
	var count int
	var seed uint64
	var topic string
	var typed bool
	cmd := &cobra.Command{
		Use:   "practice",
		Short: "Play a round of mixed questions",
		Long: "Play a round of questions from the whole bank, core codes more often: scenarios to " +
			"answer with a code, meanings and classes. A code you miss comes back later in the round.",
		Example: "  httpquiz practice\n  httpquiz practice --count 20 --topic auth\n" +
			"  httpquiz practice --typed --seed 42",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if count < 1 || count > quiz.MaxCount {
				return usagef("--count %d: want 1 to %d", count, quiz.MaxCount)
			}
			if err := checkTopic(env, rf, topic); err != nil {
				return err
			}
			round := tui.Round{Title: "Practice", Mode: "practice",
				Config: quiz.Config{Count: count, Seed: seed, Topic: topic, Kinds: quiz.PracticeKinds}}
			if typed {
				round.Title, round.Mode = "Typed practice", "typed"
				round.Config.Kinds = []quiz.Kind{quiz.TypeCode}
			}
			if topic != "" {
				round.Title += ": " + topic
			}
			round.RandomSeed = !cmd.Flags().Changed("seed")
			return playRound(cmd, env, rf, tui.Options{Start: tui.StartRound, Round: round})
		},
	}
	rf.register(cmd)
	cmd.Flags().IntVar(&count, "count", quiz.DefaultCount, "number of questions")
	cmd.Flags().Uint64Var(&seed, "seed", 0, "seed for the questions: the same seed gives the same round (random if unset)")
	cmd.Flags().StringVar(&topic, "topic", "", "only scenarios of one topic (see 'httpquiz deck export')")
	cmd.Flags().BoolVar(&typed, "typed", false, "answer by typing the code instead of picking it")
	_ = cmd.RegisterFlagCompletionFunc("topic", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		b, _ := content.LoadBuiltin()
		return b.Deck.Topics(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// checkTopic makes sure a topic exists in the decks to be played.
func checkTopic(env *env, rf roundFlags, topic string) error {
	if topic == "" {
		return nil
	}
	b, err := rf.content(env)
	if err != nil {
		return err
	}
	if topics := b.Deck.Topics(); !slices.Contains(topics, topic) {
		return usagef("--topic %q: want one of %s", topic, strings.Join(topics, ", "))
	}
	return nil
}

func newDrillCmd(env *env) *cobra.Command {
	var rf roundFlags
	var count int
	var seed uint64
	cmd := &cobra.Command{
		Use:   "drill [NAME]",
		Short: "Drill a group of codes people mix up",
		Long: "Drill one group of look-alike codes, such as 401 and 403. A drill opens with a short " +
			"lesson; its feedback names both sides of the pair. Without a name, list the drills.",
		Example: "  httpquiz drill\n  httpquiz drill auth\n  httpquiz drill redirects --count 20",
		Args:    wantArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			drills := content.Drills()
			if len(args) == 0 {
				return listDrills(env, drills)
			}
			if count < 1 || count > quiz.MaxCount {
				return usagef("--count %d: want 1 to %d", count, quiz.MaxCount)
			}
			d, ok := content.FindDrill(args[0])
			if !ok {
				return usagef("no drill %q; the drills are %s", args[0], strings.Join(drillNames(drills), ", "))
			}
			round := tui.DrillRound(d, count)
			round.Config.Seed = seed
			round.RandomSeed = !cmd.Flags().Changed("seed")
			return playRound(cmd, env, rf, tui.Options{Start: tui.StartRound, Round: round})
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return drillNames(content.Drills()), cobra.ShellCompDirectiveNoFileComp
		},
	}
	cmd.Flags().IntVar(&count, "count", quiz.DefaultCount, "number of questions")
	cmd.Flags().Uint64Var(&seed, "seed", 0, "seed for the questions: the same seed gives the same round (random if unset)")
	rf.register(cmd)
	return cmd
}

func drillNames(drills []content.Drill) []string {
	names := make([]string, len(drills))
	for i, d := range drills {
		names[i] = d.Name
	}
	return names
}

func listDrills(env *env, drills []content.Drill) error {
	for _, d := range drills {
		if _, err := fmt.Fprintf(env.stdout, "%-14s %s\n", d.Name, d.Title); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(env.stdout, "\nStart one with: httpquiz drill NAME")
	return err
}

func newBrowseCmd(env *env) *cobra.Command {
	return &cobra.Command{
		Use:     "browse",
		Short:   "Browse the catalogue of status codes",
		Long:    "Browse every registered status code: type to filter (\"40\", \"forb\"), enter to read one in full.",
		Example: "  httpquiz browse",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), env, tui.Options{Start: tui.StartBrowse})
		},
	}
}
