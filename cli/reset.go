package cli

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/store"
)

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
