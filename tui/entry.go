package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/theme"
)

// RenderEntry draws one catalogue entry for reading, wrapped to width: the
// output of `httpquiz explain` and the detail pane of the browser.
func RenderEntry(cat *content.Catalogue, e content.Code, width int, st theme.Styles) string {
	width = max(width, 20)
	var b strings.Builder
	para := func(s string) { b.WriteString(lipgloss.Wrap(s, width, " ") + "\n") }
	indented := func(s string) {
		for _, l := range strings.Split(lipgloss.Wrap(s, width-4, " "), "\n") {
			b.WriteString("    " + l + "\n")
		}
	}

	para(st.Code(e.Code).Render(strconv.Itoa(e.Code)) + " " + st.Strong.Render(e.Name))
	para(st.Muted.Render(entryFacts(e)))
	if e.GoConst != "" {
		para(st.Muted.Render("Go: http." + e.GoConst))
	}
	if len(e.Aliases) > 0 {
		para(st.Muted.Render("Also known as: " + strings.Join(e.Aliases, ", ")))
	}
	b.WriteString("\n")
	para(st.Strong.Render(e.Summary))
	b.WriteString("\n")
	para(st.Text.Render(e.Details))
	if len(e.Headers) > 0 {
		b.WriteString("\n")
		para(st.Heading.Render("Headers:") + " " + st.Text.Render(strings.Join(e.Headers, ", ")))
	}
	if len(e.Confusions) > 0 {
		b.WriteString("\n" + st.Heading.Render("Often confused with") + "\n")
		for _, c := range e.Confusions {
			name := ""
			if other, ok := cat.Lookup(c.Code); ok {
				name = other.Name
			}
			para("  " + st.Code(c.Code).Render(strconv.Itoa(c.Code)) + " " + st.Strong.Render(name))
			indented(st.Text.Render(c.Why))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// entryFacts is the line under the title: class, spec and standing.
func entryFacts(e content.Code) string {
	facts := []string{fmt.Sprintf("%s (%s)", content.ClassName(e.Class), e.Class), e.Spec}
	if e.Status != content.Current {
		facts = append(facts, string(e.Status))
	}
	if e.Core {
		facts = append(facts, "core code")
	}
	return strings.Join(facts, " · ")
}
