package cli

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/present"
)

func newDeckCmd(env *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deck",
		Short: "Export the built-in scenario bank or check your own decks",
		Long: "A deck is a YAML list of scenarios. The built-in bank and your own decks use the same " +
			"format and go through the same validator.",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newDeckExportCmd(env), newDeckCheckCmd(env), newDeckNewCmd(env))
	return cmd
}

func newDeckExportCmd(env *env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     "export",
		Short:   "Print the built-in scenario bank in the deck format",
		Example: "  httpquiz deck export > bank.yaml\n  httpquiz deck export --format json",
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			if format != "yaml" && format != "json" {
				return usagef("--format %q: want yaml or json", format)
			}
			b, err := content.LoadBuiltin()
			if err != nil {
				return err
			}
			if format == "json" {
				return content.WriteJSON(env.stdout, b.Deck)
			}
			header := fmt.Sprintf("httpquiz deck: the built-in bank, %d scenarios (httpquiz %s)\n"+
				"Check a deck with: httpquiz deck check FILE", b.Deck.Len(), version())
			return content.WriteYAML(env.stdout, b.Deck, header)
		},
	}
	cmd.Flags().StringVar(&format, "format", "yaml", "yaml or json")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{"yaml", "json"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func newDeckCheckCmd(env *env) *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate deck files",
		Long: "Validate deck files together, as they would be played: every problem is listed as " +
			"file:line:col: message. Exit status 0 when no problem is an error, 1 otherwise. " +
			"Use - to read standard input.",
		Example: "  httpquiz deck check my-deck.yaml\n  httpquiz deck check a.yaml b.yaml",
		Args:    wantArgs(cobra.MinimumNArgs(1)),
		RunE: func(_ *cobra.Command, files []string) error {
			b, err := content.LoadBuiltin()
			if err != nil {
				return err
			}
			return checkDecks(env, b.Catalogue, files)
		},
	}
}

func checkDecks(env *env, cat *content.Catalogue, files []string) error {
	var sources []content.Source
	var problems content.Problems
	for _, name := range files {
		data, err := readDeck(env, name)
		if err != nil {
			problems = append(problems, content.Problem{File: name, Line: 1, Col: 1, Message: err.Error()})
			continue
		}
		sources = append(sources, content.Source{Name: name, Data: data})
	}
	deck, found := content.LoadDecks(cat, sources...)
	problems = append(problems, found...)
	order := map[string]int{}
	for i, f := range files {
		if _, seen := order[f]; !seen {
			order[f] = i
		}
	}
	slices.SortStableFunc(problems, func(a, b content.Problem) int {
		return cmp.Or(cmp.Compare(order[a.File], order[b.File]), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	for _, p := range problems {
		if _, err := fmt.Fprintln(env.stdout, p); err != nil {
			return err
		}
	}
	errs := problems.Errors()
	summary := fmt.Sprintf("%s: %s ok, %s, %s", present.Plural(len(files), "file"), present.Plural(deck.Len(), "scenario"),
		present.Plural(errs, "error"), present.Plural(len(problems)-errs, "warning"))
	if _, err := fmt.Fprintln(env.stdout, summary); err != nil {
		return err
	}
	if errs > 0 {
		return reportedError{exitError}
	}
	return nil
}

// readDeck reads a deck file, or standard input for "-", refusing anything
// larger than a deck may be before reading all of it.
func readDeck(env *env, name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = env.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("cannot read: %v", pe.Err)
			}
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, content.MaxDeckBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", err)
	}
	return data, nil
}

func newDeckNewCmd(env *env) *cobra.Command {
	return &cobra.Command{
		Use:   "new [FILE]",
		Short: "Write a commented deck template to start your own",
		Long: "Write a commented deck with two example scenarios, to FILE (which must not exist yet) " +
			"or to standard output.",
		Example: "  httpquiz deck new my-deck.yaml\n  httpquiz deck new > my-deck.yaml",
		Args:    wantArgs(cobra.MaximumNArgs(1)),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				_, err := io.WriteString(env.stdout, content.Template)
				return err
			}
			f, err := os.OpenFile(args[0], os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
			if errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("%s already exists; choose another name", args[0])
			}
			if err != nil {
				return err
			}
			if _, err := io.WriteString(f, content.Template); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.stdout, "Wrote %s. Edit it, then: httpquiz deck check %s\n", args[0], args[0])
			return err
		},
	}
}
