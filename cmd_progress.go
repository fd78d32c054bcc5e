package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/tui"
)

// dbPath is where progress is kept: --db, else $HTTPQUIZ_DB, else the XDG
// state directory.
func (e *env) dbPath() (string, error) {
	if e.db != "" {
		return e.db, nil
	}
	return store.DefaultPath()
}

// withStore opens the progress database for a command that needs it now, runs
// fn with it and closes it.
func withStore(env *env, fn func(*store.Store) error) error {
	path, err := env.dbPath()
	if err != nil {
		return err
	}
	s, err := store.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}

func newReviewCmd(env *env) *cobra.Command {
	var rf roundFlags
	var count int
	var seed uint64
	var includeNew bool
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Review the codes that are due, on a spaced-repetition schedule",
		Long: "Every answer updates a review card per status code (FSRS-6). Review asks the codes " +
			"that are due first, then the ones you are least likely to recall. Codes you have never " +
			"met are asked only with --include-new.",
		Example: "  httpquiz review\n  httpquiz review --count 20\n  httpquiz review --include-new",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if count < 1 || count > quiz.MaxCount {
				return usagef("--count %d: want 1 to %d", count, quiz.MaxCount)
			}
			return playRound(cmd, env, rf, tui.Options{Start: tui.StartReview,
				Review: tui.ReviewOptions{Count: count, IncludeNew: includeNew, Seed: seed}})
		},
	}
	cmd.Flags().IntVar(&count, "count", quiz.DefaultCount, "number of codes to review")
	cmd.Flags().BoolVar(&includeNew, "include-new", false, "also ask codes you have never met")
	cmd.Flags().Uint64Var(&seed, "seed", 0, "seed for the scenarios chosen (random if unset)")
	rf.register(cmd)
	return cmd
}

func newStatsCmd(env *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "stats",
		Short:   "Show your progress: accuracy by day, class and code, and what you mix up",
		Example: "  httpquiz stats\n  httpquiz stats --json | jq .review",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withStore(env, func(s *store.Store) error {
				st, err := s.Stats(cmd.Context(), time.Now())
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(env.stdout, st)
				}
				b, err := content.LoadBuiltin()
				if err != nil {
					return err
				}
				_, err = fmt.Fprintln(env.styled(env.stdout),
					tui.RenderStats(st, b.Catalogue, env.textWidth(), tui.NewStyles(tui.ANSIPalette())))
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the stats as JSON")
	return cmd
}

func newExportCmd(env *env) *cobra.Command {
	var format, since string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write your answer history, one row per answer",
		Example: "  httpquiz export > answers.csv\n  httpquiz export --format json --since 2026-01-01\n" +
			"  httpquiz export --since 2026-03-01T09:00:00Z",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "csv" && format != "json" {
				return usagef("--format %q: want csv or json", format)
			}
			from, err := parseSince(since)
			if err != nil {
				return err
			}
			return withStore(env, func(s *store.Store) error {
				w := bufio.NewWriter(env.stdout)
				if err := s.Export(cmd.Context(), w, format, from); err != nil {
					return err
				}
				return w.Flush()
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "csv", "csv or json")
	cmd.Flags().StringVar(&since, "since", "", "only answers from this date (YYYY-MM-DD, local) or time (RFC 3339) on")
	return cmd
}

// parseSince reads a date (local midnight) or an RFC 3339 time.
func parseSince(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, time.Local); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, usagef("--since %q: want a date like 2026-01-31 or a time like 2026-01-31T09:00:00Z", s)
}

func newResetCmd(env *env) *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:     "reset",
		Short:   "Delete all your progress (asks first)",
		Long:    "Delete every answer, round and review card. Asks for confirmation unless --yes is given.",
		Example: "  httpquiz reset\n  httpquiz reset --yes",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withStore(env, func(s *store.Store) error { return reset(cmd.Context(), env, s, yes) })
		},
	}
	cmd.Flags().BoolVar(&yes, "yes", false, "do not ask for confirmation")
	return cmd
}

// reset deletes all progress, after asking unless yes.
func reset(ctx context.Context, env *env, s *store.Store, yes bool) error {
	answers, rounds, err := s.Counts(ctx)
	if err != nil {
		return err
	}
	if !yes {
		if !env.stdinTTY {
			return fmt.Errorf("reset needs confirmation: run it in a terminal, or add --yes")
		}
		fmt.Fprintf(env.stderr, "Delete %d answers and %d rounds from %s? This cannot be undone. [y/N] ",
			answers, rounds, s.Path())
		if !confirmed(env) {
			fmt.Fprintln(env.stderr, "Nothing deleted.")
			return nil
		}
	}
	if err := s.Reset(ctx); err != nil {
		return err
	}
	_, err = fmt.Fprintf(env.stdout, "Deleted %d answers and %d rounds.\n", answers, rounds)
	return err
}

func confirmed(env *env) bool {
	line, _ := bufio.NewReader(env.stdin).ReadString('\n')
	answer := strings.ToLower(strings.TrimSpace(line))
	return answer == "y" || answer == "yes"
}

// progressFor returns the lazily opened store for the interface: it opens in
// the background, after the first frame.
func progressFor(env *env) (*store.Lazy, error) {
	path, err := env.dbPath()
	if err != nil {
		return nil, err
	}
	return store.NewLazy(path), nil
}
