package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/theme"
)

// RenderEntry draws one catalogue entry for reading, wrapped to width: the
// output of `httpquiz explain` and the detail pane of the browser.
func RenderEntry(cat *content.Catalogue, e content.Code, width int, st theme.Styles) string {
	return renderEntry(cat, e, width, st, false)
}

// renderEntry draws an entry; with links, its "often confused with" codes
// are numbered, for a reader where the number opens that code (see link).
func renderEntry(cat *content.Catalogue, e content.Code, width int, st theme.Styles, links bool) string {
	width = max(width, 20)
	var b strings.Builder
	para := func(s string) { b.WriteString(theme.Wrap(s, width) + "\n") }
	indented := func(s string) {
		for _, l := range strings.Split(theme.Wrap(s, width-4), "\n") {
			b.WriteString("    " + l + "\n")
		}
	}

	para(st.Code(e.Code).Render(strconv.Itoa(e.Code)) + " " + st.Strong.Render(e.Name))
	if !e.Registered() {
		para(st.Warn.Render(wildFacts(e)))
	}
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
	if len(e.Headers) > 0 || len(e.RequestHeaders) > 0 {
		b.WriteString("\n")
	}
	if len(e.Headers) > 0 {
		para(st.Heading.Render("Response headers:") + " " + st.Text.Render(strings.Join(e.Headers, ", ")))
	}
	if len(e.RequestHeaders) > 0 {
		para(st.Heading.Render("Request headers:") + " " + st.Text.Render(strings.Join(e.RequestHeaders, ", ")))
	}
	if len(e.UseInstead) > 0 {
		b.WriteString("\n")
		para(st.Heading.Render("In your own service, send instead:") + " " + st.Text.Render(titles(cat, e.UseInstead)))
	}
	for _, o := range e.OtherUses {
		b.WriteString("\n")
		para(st.Heading.Render(fmt.Sprintf("%d elsewhere: %s, %q.", e.Code, content.Safe(o.Source), content.Safe(o.Name))) +
			" " + st.Text.Render(content.Safe(o.Note)))
	}
	if len(e.Confusions) > 0 {
		b.WriteString("\n" + st.Heading.Render("Often confused with") + "\n")
		for i, c := range e.Confusions {
			name := ""
			if other, ok := anyCode(cat, c.Code); ok {
				name = other.Name
			}
			number := ""
			if links && i < 9 {
				number = st.Heading.Render(strconv.Itoa(i+1)) + " "
			}
			para("  " + number + st.Code(c.Code).Render(strconv.Itoa(c.Code)) + " " + st.Strong.Render(name))
			indented(st.Text.Render(c.Why))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// wildFacts says, in words and not by color alone, that a code is not
// registered, whose it is and whether anyone but a log ever sees it.
func wildFacts(e content.Code) string {
	reach := "sent to clients"
	switch e.Reaches {
	case content.ReachesLog:
		reach = "only logged, never sent to a client"
	case content.ReachesInternal:
		reach = "internal: configuration can catch it, but clients and the access log see another code"
	}
	return "Not registered with IANA: " + content.Safe(e.Source) + "'s own code, " + reach + "."
}

// anyCode finds a code in the registry or among the codes seen in the wild.
func anyCode(cat *content.Catalogue, code int) (content.Code, bool) {
	if e, ok := cat.Lookup(code); ok {
		return e, true
	}
	return cat.LookupWild(code)
}

// titles names codes: "408 Request Timeout, 504 Gateway Timeout".
func titles(cat *content.Catalogue, codes []int) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = strconv.Itoa(c)
		if e, ok := anyCode(cat, c); ok {
			out[i] = e.Title()
		}
	}
	return strings.Join(out, ", ")
}

// entryFacts is the line under the title: class, spec and standing.
func entryFacts(e content.Code) string {
	facts := []string{fmt.Sprintf("%s (%s)", content.ClassName(e.Class), e.Class), e.Spec}
	if e.Status != content.Current && e.Registered() {
		facts = append(facts, string(e.Status))
	}
	if e.Core {
		facts = append(facts, "core code")
	}
	return strings.Join(facts, " · ")
}

// link is the code a number key opens from an entry's "often confused
// with" list, if the key is one.
func link(cat *content.Catalogue, e content.Code, key string) (content.Code, bool) {
	n, err := strconv.Atoi(key)
	if err != nil || n < 1 || n > min(len(e.Confusions), 9) {
		return content.Code{}, false
	}
	return anyCode(cat, e.Confusions[n-1].Code)
}

// linkHint says how to follow the links, for an entry that has them.
func linkHint(e content.Code) string {
	if len(e.Confusions) == 0 {
		return ""
	}
	return "a number opens the code it marks"
}
