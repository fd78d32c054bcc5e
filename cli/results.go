package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/store"
)

func newResultsCmd(env *env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "results [ROUND]",
		Short: "Show the results of classroom rounds",
		Long: "Without a round, list the classroom rounds played with 'httpquiz serve'. With one, " +
			"print its final standings.",
		Example: "  httpquiz results\n  httpquiz results 3\n  httpquiz results 3 --format csv > round3.csv",
		Args:    wantArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "table" && format != "csv" && format != "json" {
				return usagef("--format %q: want table, csv or json", format)
			}
			var round int64
			if len(args) == 1 {
				n, err := strconv.ParseInt(args[0], 10, 64)
				if err != nil || n < 1 {
					return usagef("round %q: want a round number, as 'httpquiz results' lists them", args[0])
				}
				round = n
			}
			out := content.SafeWriter(env.stdout) // names come from a file anyone may have written
			return withStore(env, func(s *store.Store) error {
				if round == 0 {
					rounds, err := s.ClassRounds(cmd.Context())
					if err != nil {
						return err
					}
					return writeRounds(out, format, rounds)
				}
				standings, err := s.ClassStandings(cmd.Context(), round)
				if err != nil {
					return err
				}
				if len(standings) == 0 {
					return fmt.Errorf("no classroom round %d with players; 'httpquiz results' lists the rounds", round)
				}
				return writeStandings(out, format, standings)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "table, csv or json")
	return cmd
}

func writeRounds(w io.Writer, format string, rounds []store.ClassRoundSummary) error {
	if format == "json" {
		return writeJSON(w, rounds)
	}
	rows := [][]string{{"round", "started", "questions", "players", "answers", "seed", "deck", "version"}}
	for _, r := range rounds {
		rows = append(rows, []string{strconv.FormatInt(r.ID, 10), r.Started, strconv.Itoa(r.Questions),
			strconv.Itoa(r.Players), strconv.Itoa(r.Answers), r.Seed, r.DeckHash, r.Version})
	}
	return writeRows(w, format, rows)
}

func writeStandings(w io.Writer, format string, standings []store.ClassStanding) error {
	if format == "json" {
		return writeJSON(w, standings)
	}
	rows := [][]string{store.ClassStandingHeader}
	for _, s := range standings {
		rows = append(rows, s.Cells())
	}
	return writeRows(w, format, rows)
}

// writeRows prints a header and rows as CSV or as an aligned table.
func writeRows(w io.Writer, format string, rows [][]string) error {
	if format == "csv" {
		c := csv.NewWriter(w)
		_ = c.WriteAll(rows)
		return c.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, r := range rows {
		for i, cell := range r {
			if i > 0 {
				fmt.Fprint(tw, "\t")
			}
			fmt.Fprint(tw, content.Printable(cell, 0)) // one line, so that the columns align
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}
