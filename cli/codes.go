package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/theme"
)

func newCodesCmd(env *env) *cobra.Command {
	var class string
	var core, asJSON, wild bool
	cmd := &cobra.Command{
		Use:   "codes",
		Short: "List the status codes in the catalogue",
		Long:  "List every status code registered with IANA, with its current name and a one-line summary.",
		Example: "  httpquiz codes\n  httpquiz codes --class 4xx\n  httpquiz codes --core\n" +
			"  httpquiz codes --json | jq '.[].name'",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			want, err := parseClass(class)
			if err != nil {
				return err
			}
			b, err := content.LoadBuiltin()
			if err != nil {
				return err
			}
			all := b.Catalogue.Codes()
			if wild {
				all = b.Catalogue.WithWild().Codes()
			}
			var rows []content.Code
			for _, e := range all {
				if (want == "" || e.Class == want) && (!core || e.Core) {
					rows = append(rows, e)
				}
			}
			if asJSON {
				return writeCodesJSON(env.stdout, rows)
			}
			return writeCodesTable(env, rows)
		},
	}
	cmd.Flags().StringVar(&class, "class", "", "only this class: 1xx, 2xx, 3xx, 4xx or 5xx")
	cmd.Flags().BoolVar(&core, "core", false, "only the 17 core codes every developer should know")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array instead of a table")
	cmd.Flags().BoolVar(&wild, "wild", false, "also the codes seen in the wild (nginx 499, Cloudflare 52x, ...), marked as not registered")
	_ = cmd.RegisterFlagCompletionFunc("class", cobra.FixedCompletions(
		[]string{"1xx", "2xx", "3xx", "4xx", "5xx"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// parseClass accepts "4xx", "4XX" or "4" and returns the canonical "4xx".
func parseClass(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	d := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), "xx")
	if n, err := strconv.Atoi(d); err == nil && len(d) == 1 && n >= 1 && n <= 5 {
		return d + "xx", nil
	}
	return "", usagef("--class %q: want one of 1xx, 2xx, 3xx, 4xx, 5xx", s)
}

func writeCodesJSON(w io.Writer, rows []content.Code) error {
	out := make([]codeJSON, len(rows))
	for i, e := range rows {
		out[i] = entryJSON(e)
	}
	return writeJSON(w, out)
}

// codeJSON is an entry as --json prints it, saying whether it is registered.
type codeJSON struct {
	content.Code
	Registered bool `json:"registered"`
}

func entryJSON(e content.Code) codeJSON { return codeJSON{Code: e, Registered: e.Registered()} }

// writeJSON prints v as indented JSON, the form every --json flag uses.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeCodesTable prints one line per code: code, name, summary. On a terminal
// the summary is cut to the window; in a pipe every line is whole.
func writeCodesTable(env *env, rows []content.Code) error {
	st := theme.NewStyles(theme.ANSIPalette())
	out := env.styled(env.stdout)
	nameWidth := 0
	for _, e := range rows {
		nameWidth = max(nameWidth, len(e.Name))
	}
	wild := 0
	for _, e := range rows {
		marker := " "
		summary := e.Summary
		switch {
		case e.Core:
			marker = "*"
		case !e.Registered():
			marker, summary = "~", "("+content.Safe(e.Source)+", not registered) "+summary
			wild++
		}
		if env.width > 0 {
			summary = theme.Ellipsis(summary, env.width-(nameWidth+8))
		}
		name := e.Name + strings.Repeat(" ", nameWidth-len(e.Name))
		line := fmt.Sprintf("%s %s %s  %s", marker, st.Code(e.Code).Render(strconv.Itoa(e.Code)),
			st.Strong.Render(name), st.Muted.Render(summary))
		if _, err := fmt.Fprintln(out, strings.TrimRight(line, " ")); err != nil {
			return err
		}
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(env.stderr, "httpquiz: no codes match")
		return err
	}
	note := fmt.Sprintf("%d codes; * marks a core code", len(rows))
	if wild > 0 {
		note += fmt.Sprintf(", ~ one of the %d seen in the wild that are not registered", wild)
	}
	_, err := fmt.Fprintln(out, "\n"+st.Muted.Render(note))
	return err
}
