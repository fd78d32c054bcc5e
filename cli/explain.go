package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/theme"
	"github.com/httpquiz/httpquiz/tui"
)

func newExplainCmd(env *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "explain CODE|NAME",
		Short: "Explain one status code",
		Long: "Explain one status code: what it means, when to use it and when not, the headers that go " +
			"with it, and the codes it is confused with. Look it up by number, by name or by an older name. " +
			"Codes that are not registered but turn up in logs (nginx's 499, Cloudflare's 52x) are explained too, marked as such.",
		Example: "  httpquiz explain 403\n  httpquiz explain forbidden\n  httpquiz explain \"payload too large\"\n  httpquiz explain 499",
		Args:    wantArgs(cobra.MinimumNArgs(1)),
		RunE: func(_ *cobra.Command, args []string) error {
			b, err := content.LoadBuiltin()
			if err != nil {
				return err
			}
			query := strings.Join(args, " ")
			e, ok := b.Catalogue.Find(query)
			if !ok {
				e, ok = b.Catalogue.FindWild(query) // nginx's 499 is not registered, but it is in your logs
			}
			if !ok {
				return notFound(b.Catalogue, query)
			}
			if asJSON {
				return writeJSON(env.stdout, entryJSON(e))
			}
			out := env.styled(env.stdout)
			_, err = fmt.Fprintln(out, tui.RenderEntry(b.Catalogue, e, env.textWidth(), theme.NewStyles(theme.ANSIPalette())))
			return err
		},
		ValidArgsFunction: completeCodes,
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the entry as JSON")
	return cmd
}

func notFound(cat *content.Catalogue, query string) error {
	near := cat.Suggest(query, 3)
	if len(near) == 0 {
		return fmt.Errorf("no status code matches %q; try 'httpquiz codes'", query)
	}
	titles := make([]string, len(near))
	for i, e := range near {
		titles[i] = e.Title()
	}
	return fmt.Errorf("no status code matches %q; did you mean %s?", query, strings.Join(titles, ", "))
}

// completeCodes offers every code, with its name as the description.
func completeCodes(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	b, err := content.LoadBuiltin()
	if err != nil || len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, e := range b.Catalogue.Codes() {
		out = append(out, strconv.Itoa(e.Code)+"\t"+e.Name)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
