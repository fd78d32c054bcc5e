package cli

import (
	"bufio"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/store"
)

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
				w := bufio.NewWriter(content.SafeWriter(env.stdout)) // the file's text is data
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
