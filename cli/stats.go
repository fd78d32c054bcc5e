package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/theme"
	"github.com/httpquiz/httpquiz/tui"
)

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
					tui.RenderStats(st, b.Catalogue, env.textWidth(), theme.NewStyles(theme.ANSIPalette())))
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the stats as JSON")
	return cmd
}
