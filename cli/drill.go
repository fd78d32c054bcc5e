package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

func newDrillCmd(env *env) *cobra.Command {
	var rf roundFlags
	cmd := &cobra.Command{
		Use:   "drill [NAME]",
		Short: "Drill a group of codes people mix up",
		Long: "Drill one group of look-alike codes, such as 401 and 403. A drill opens with a short " +
			"lesson; its feedback names both sides of the pair. 'mine' drills the pairs you have confused most, " +
			"from your progress. Without a name, list the drills.",
		Example: "  httpquiz drill\n  httpquiz drill auth\n  httpquiz drill mine\n  httpquiz drill redirects --count 20",
		Args:    wantArgs(cobra.MaximumNArgs(1)),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return append(drillNames(content.Drills()), round.MineDrill), cobra.ShellCompDirectiveNoFileComp
		},
	}
	count := countFlag(cmd, quiz.DefaultCount, "number of questions")
	seed := seedFlag(cmd, "seed for the questions: the same seed gives the same round")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		drills := content.Drills()
		if len(args) == 0 {
			return listDrills(env, drills)
		}
		if err := checkCount(*count, quiz.MaxCount); err != nil {
			return err
		}
		if args[0] == round.MineDrill {
			spec, err := mineSpec(cmd, env, *count)
			if err != nil {
				return err
			}
			return playSpec(cmd, env, &rf, seeded(cmd, spec, *seed))
		}
		d, ok := content.FindDrill(args[0])
		if !ok {
			return usagef("no drill %q; the drills are %s", args[0], strings.Join(drillNames(drills), ", "))
		}
		return playSpec(cmd, env, &rf, seeded(cmd, round.Drill(d, *count), *seed))
	}
	rf.register(cmd, true)
	return cmd
}

// mineSpec is the drill of the learner's own mix-ups, read from their progress.
func mineSpec(cmd *cobra.Command, env *env, count int) (round.Spec, error) {
	progress, err := progressFor(env)
	if err != nil {
		return round.Spec{}, err
	}
	defer progress.Close()
	b, err := content.LoadBuiltin()
	if err != nil {
		return round.Spec{}, err
	}
	return round.MyMixUps(cmd.Context(), progress, b.Catalogue, count)
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
	if _, err := fmt.Fprintf(env.stdout, "%-14s %s\n", round.MineDrill, "The pairs you have confused most, from your progress"); err != nil {
		return err
	}
	_, err := fmt.Fprintln(env.stdout, "\nStart one with: httpquiz drill NAME")
	return err
}
