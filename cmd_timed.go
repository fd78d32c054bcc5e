package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/tui"
)

func newTimedCmd(env *env) *cobra.Command {
	var rf roundFlags
	var seconds, perQuestion time.Duration
	var count int
	var seed uint64
	var out string
	var noTimer bool
	cmd := &cobra.Command{
		Use:   "timed",
		Short: "Play against the clock: faster right answers score more",
		Long: "A timed round of scenario questions. With one seed, deck and version everyone gets the " +
			"same questions and options, so a room can compare scores. Either the whole round has a " +
			"limit (--seconds) or each question has one (--per-question). --no-timer drops the clock " +
			"and the speed score for players who need the time. --out keeps every answer, with the " +
			"seed, deck and version, in a .json or .csv file.",
		Example: "  httpquiz timed\n  httpquiz timed --per-question 15 --count 12 --seed 2026\n" +
			"  httpquiz timed --seconds 90 --out results.csv\n  httpquiz timed --no-timer --seed 2026",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			limits, err := timedLimits(cmd, seconds, perQuestion, noTimer, out)
			if err != nil {
				return err
			}
			if count < 1 || count > quiz.MaxCount {
				return usagef("--count %d: want 1 to %d", count, quiz.MaxCount)
			}
			round := tui.Round{Title: "Timed round", Mode: "timed", Limits: limits,
				RandomSeed: !cmd.Flags().Changed("seed"),
				Config:     quiz.Config{Count: count, Seed: seed, Kinds: []quiz.Kind{quiz.PickCode}}}
			return playRound(cmd, env, rf, tui.Options{Start: tui.StartRound, Round: round})
		},
	}
	seconds = 120 * time.Second
	cmd.Flags().Var(secondsFlag{&seconds}, "seconds", "time for the whole round, in seconds or as 2m")
	cmd.Flags().Var(secondsFlag{&perQuestion}, "per-question", "time for each question instead, in seconds")
	cmd.Flags().IntVar(&count, "count", quiz.DefaultCount, "number of questions")
	cmd.Flags().Uint64Var(&seed, "seed", 0, "seed: the same seed gives everyone the same round (random if unset)")
	cmd.Flags().StringVar(&out, "out", "", "write every answer to this .json or .csv file")
	cmd.Flags().BoolVar(&noTimer, "no-timer", false, "no clock and no speed score")
	rf.register(cmd)
	return cmd
}

// timedLimits checks the timed flags and turns them into the round's limits.
func timedLimits(cmd *cobra.Command, seconds, perQuestion time.Duration, noTimer bool, out string) (*tui.Limits, error) {
	l := &tui.Limits{NoTimer: noTimer, Out: out}
	limit := seconds
	switch {
	case cmd.Flags().Changed("seconds") && cmd.Flags().Changed("per-question"):
		return nil, usagef("--seconds and --per-question: choose one")
	case cmd.Flags().Changed("per-question"):
		l.PerQuestion, limit = perQuestion, perQuestion
	default:
		l.Total = seconds
	}
	if limit < time.Second || limit > 24*time.Hour {
		return nil, usagef("time limit %v: want between 1s and 24h", limit)
	}
	if out != "" {
		ext := strings.ToLower(filepath.Ext(out))
		if ext != ".json" && ext != ".csv" {
			return nil, usagef("--out %q: the file must end in .json or .csv", out)
		}
		if info, err := os.Stat(filepath.Dir(out)); err != nil || !info.IsDir() {
			return nil, fmt.Errorf("--out %q: no such directory %s", out, filepath.Dir(out))
		}
	}
	return l, nil
}
