package cli

import (
	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/tui"
)

func newBrowseCmd(env *env) *cobra.Command {
	return &cobra.Command{
		Use:     "browse",
		Short:   "Browse the catalogue of status codes",
		Long:    "Browse every registered status code: type to filter (\"40\", \"forb\"), enter to read one in full.",
		Example: "  httpquiz browse",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), env, tui.Options{Start: tui.StartBrowse}, nil)
		},
	}
}
