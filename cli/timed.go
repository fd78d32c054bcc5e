package cli

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

func newTimedCmd(env *env) *cobra.Command {
	var rf roundFlags
	var seconds, perQuestion time.Duration
	var out string
	var noTimer bool
	cmd := &cobra.Command{
		Use:   "timed",
		Short: "Play against the clock: faster right answers score more",
		Long: "A timed round of scenario questions. With one seed, deck and version everyone gets the " +
			"same questions and options, so a room can compare scores. Either the whole round has a " +
			"limit (--seconds) or each question has one (--per-question); the clock runs only while a " +
			"question is open. --no-timer drops the clock and the speed score for players who need the " +
			"time. --out keeps every answer, with the seed, deck and version, in a .json or .csv file.",
		Example: "  httpquiz timed\n  httpquiz timed --per-question 15 --count 12 --seed 2026\n" +
			"  httpquiz timed --seconds 90 --out results.csv\n  httpquiz timed --no-timer --seed 2026",
		Args: noArgs,
	}
	count := countFlag(cmd, quiz.DefaultCount, "number of questions")
	seed := seedFlag(cmd, "seed: the same seed gives everyone the same round")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		limits, err := timedLimits(cmd, seconds, perQuestion, noTimer)
		if err != nil {
			return err
		}
		if err := checkOut(out); err != nil {
			return err
		}
		if err := checkCount(*count, quiz.MaxCount); err != nil {
			return err
		}
		return playSpec(cmd, env, &rf, seeded(cmd, round.Timed(*count, limits, out), *seed))
	}
	seconds = round.DefaultRoundTime
	cmd.Flags().Var(secondsFlag{&seconds}, "seconds", "time for the whole round, in seconds or as 2m")
	cmd.Flags().Var(secondsFlag{&perQuestion}, "per-question", "time for each question instead, in seconds")
	cmd.Flags().StringVar(&out, "out", "", "write every answer to this .json or .csv file")
	cmd.Flags().BoolVar(&noTimer, "no-timer", false, "no clock and no speed score")
	rf.register(cmd, true)
	return cmd
}

// timedLimits checks the timed flags and turns them into the round's limits.
func timedLimits(cmd *cobra.Command, seconds, perQuestion time.Duration, noTimer bool) (round.Limits, error) {
	l := round.Limits{NoTimer: noTimer}
	limit := seconds
	switch {
	case cmd.Flags().Changed("seconds") && cmd.Flags().Changed("per-question"):
		return l, usagef("--seconds and --per-question: choose one")
	case cmd.Flags().Changed("per-question"):
		l.PerQuestion, limit = perQuestion, perQuestion
	default:
		l.Total = seconds
	}
	if limit < time.Second || limit > 24*time.Hour {
		return l, usagef("time limit %v: want between 1s and 24h", limit)
	}
	return l, nil
}

// checkOut checks --out: a name that is not .json or .csv is a usage error, a
// directory that does not exist an error.
func checkOut(out string) error {
	err := round.CheckOut(out)
	switch {
	case out == "" || err == nil:
		return nil
	case errors.Is(err, round.ErrOutName):
		return usagef("--out %v", err)
	}
	return fmt.Errorf("--out %v", err)
}
