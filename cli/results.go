package cli

import (
	"cmp"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/store"
)

func newResultsCmd(env *env) *cobra.Command {
	var format string
	var answers, questions bool
	cmd := &cobra.Command{
		Use:   "results [ROUND]",
		Short: "Show the results of classroom rounds",
		Long: "Without a round, list the classroom rounds played with 'httpquiz serve'. With one, " +
			"print its final standings; --answers prints every player's answer to every question (the option " +
			"chosen, right or not, the time and the points), --questions how many chose each option of each question. " +
			"--format markdown writes a summary to paste after the workshop: the podium, each question's " +
			"difficulty and the wrong answers most chosen.",
		Example: "  httpquiz results\n  httpquiz results 3\n  httpquiz results 3 --format csv > round3.csv\n" +
			"  httpquiz results 3 --answers --format csv > answers.csv\n  httpquiz results 3 --format markdown > round3.md",
		Args: wantArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains([]string{"table", "csv", "json", "markdown"}, format) {
				return usagef("--format %q: want table, csv, json or markdown", format)
			}
			if answers && questions {
				return usagef("--answers and --questions: choose one")
			}
			var round int64
			if len(args) == 1 {
				n, err := strconv.ParseInt(args[0], 10, 64)
				if err != nil || n < 1 {
					return usagef("round %q: want a round number, as 'httpquiz results' lists them", args[0])
				}
				round = n
			}
			if round == 0 && (answers || questions || format == "markdown") {
				return usagef("--answers, --questions and --format markdown need a round: 'httpquiz results' lists them")
			}
			if format == "markdown" && (answers || questions) {
				return usagef("--format markdown is the whole round's summary: leave out --answers and --questions")
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
				switch {
				case answers:
					rows, err := s.ClassAnswers(cmd.Context(), round)
					if err != nil {
						return err
					}
					return writeTable(out, format, store.ClassAnswerHeader, rows)
				case questions || format == "markdown":
					rows, err := s.ClassQuestions(cmd.Context(), round)
					if err != nil || format != "markdown" {
						return cmp.Or(err, writeTable(out, format, store.ClassQuestionHeader, rows))
					}
					return markdownReport(cmd.Context(), s, out, round, standings, rows)
				}
				return writeTable(out, format, store.ClassStandingHeader, standings)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "table, csv, json or markdown")
	cmd.Flags().BoolVar(&answers, "answers", false, "every player's answer to every question")
	cmd.Flags().BoolVar(&questions, "questions", false, "how many chose each option of each question")
	return cmd
}

// markdownReport writes a round's summary.
func markdownReport(ctx context.Context, s *store.Store, w io.Writer, round int64, standings []store.ClassStanding,
	questions []store.ClassQuestion) error {
	rounds, err := s.ClassRounds(ctx)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(rounds, func(r store.ClassRoundSummary) bool { return r.ID == round })
	b, err := content.LoadBuiltin()
	if err != nil || i < 0 {
		return cmp.Or(err, fmt.Errorf("no classroom round %d", round))
	}
	return writeMarkdown(w, roundReport{round: rounds[i], standings: standings, questions: questions, cat: b.Catalogue})
}

// row is a result that prints as a table's row.
type row interface{ Cells() []string }

// writeTable prints rows under their header as a table or CSV, or as JSON.
func writeTable[R row](w io.Writer, format string, header []string, rows []R) error {
	if format == "json" {
		return writeJSON(w, rows)
	}
	table := [][]string{header}
	for _, r := range rows {
		table = append(table, r.Cells())
	}
	return writeRows(w, format, table)
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
