package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/tui"
)

func newReviewCmd(env *env) *cobra.Command {
	var rf roundFlags
	var includeNew bool
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Review the codes that are due, on a spaced-repetition schedule",
		Long: "Every answer updates a review card per status code (FSRS-6). Review asks the codes " +
			"that are due first, then the ones you are least likely to recall. Codes you have never " +
			"met are asked only with --include-new.",
		Example: "  httpquiz review\n  httpquiz review --count 20\n  httpquiz review --include-new",
		Args:    noArgs,
	}
	count := countFlag(cmd, quiz.DefaultCount, "number of codes to review")
	seed := seedFlag(cmd, "seed for the scenarios chosen")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		if err := checkCount(*count, quiz.MaxCount); err != nil {
			return err
		}
		o := round.ReviewOptions{Count: *count, IncludeNew: includeNew, Seed: *seed, FixedSeed: cmd.Flags().Changed("seed")}
		c, err := rf.content(env)
		if err != nil {
			return err
		}
		if wanted, why := env.plainWanted(rf.plain); wanted {
			sayPlain(env, why)
			return reviewPlain(cmd.Context(), env, c, o)
		}
		return runTUI(cmd.Context(), env, tui.Options{Start: tui.StartReview, Review: o}, &c)
	}
	cmd.Flags().BoolVar(&includeNew, "include-new", false, "also ask codes you have never met")
	rf.register(cmd, true)
	return cmd
}

// reviewPlain plans a review round from the saved cards, says what it will
// ask, and plays it as lines of text.
func reviewPlain(ctx context.Context, env *env, c round.Content, o round.ReviewOptions) error {
	lazy, err := progressFor(env)
	if err != nil {
		return err
	}
	defer lazy.Close()
	now := time.Now()
	live := newLabOnDemand(ctx)
	defer live.close()
	if _, err := live.link(); err == nil {
		o.Lab = true
		live.add(&c)
	}
	plan, err := round.PlanReview(ctx, lazy, c.Catalogue, o, now)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.stdout, present.ReviewPlan(plan, now))
	if len(plan.Codes) == 0 {
		fmt.Fprintln(env.stdout, "Play a round first, or start with codes you have not met: httpquiz review --include-new")
		fmt.Fprintln(env.stdout, "score: 0/0")
		return nil
	}
	return playPlain(ctx, env, c, round.Review(plan, o), "", live.plain)
}
