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
	var core, asJSON bool
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
			var rows []content.Code
			for _, e := range b.Catalogue.Codes() {
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
	if rows == nil {
		rows = []content.Code{}
	}
	return writeJSON(w, rows)
}

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
	for _, e := range rows {
		marker := " "
		if e.Core {
			marker = "*"
		}
		summary := e.Summary
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
	_, err := fmt.Fprintln(out, "\n"+st.Muted.Render(fmt.Sprintf("%d codes; * marks a core code", len(rows))))
	return err
}
