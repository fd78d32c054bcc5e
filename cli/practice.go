package cli

import (
	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

func newPracticeCmd(env *env) *cobra.Command {
	var rf roundFlags
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
	}
	count := countFlag(cmd, quiz.DefaultCount, "number of questions")
	seed := seedFlag(cmd, "seed for the questions: the same seed gives the same round")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		if err := checkCount(*count, quiz.MaxCount); err != nil {
			return err
		}
		return playSpec(cmd, env, &rf, seeded(cmd, round.Practice(*count, topic, typed), *seed))
	}
	rf.register(cmd, true)
	cmd.Flags().StringVar(&topic, "topic", "", "only scenarios of one topic (see 'httpquiz deck export')")
	cmd.Flags().BoolVar(&typed, "typed", false, "answer by typing the code instead of picking it")
	_ = cmd.RegisterFlagCompletionFunc("topic", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		b, _ := content.LoadBuiltin()
		return b.Deck.Topics(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}
