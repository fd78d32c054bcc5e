package present

import (
	"net/http"
	"slices"
	"strings"

	"github.com/httpquiz/httpquiz/content"
)

// A lab question's request and the lab's real response, as every face
// shows them.

// RequestLines is a request as it goes on the wire: the request line, the
// header fields, a blank line and the body.
func RequestLines(r content.Request) []string {
	out := []string{content.Safe(r.Method) + " " + content.Safe(r.Path) + " HTTP/1.1"}
	for _, h := range r.Header {
		out = append(out, content.Safe(h))
	}
	if r.Body != "" {
		out = append(out, "", content.Safe(r.Body))
	}
	return out
}

// Curl is the same request as a curl command against the lab at base.
func Curl(base string, r content.Request) string {
	parts := []string{"curl", "-i"}
	if r.Method != http.MethodGet {
		parts = append(parts, "-X", content.Safe(r.Method))
	}
	parts = append(parts, shellQuote(base+r.Path))
	for _, h := range r.Header {
		parts = append(parts, "-H", shellQuote(h))
	}
	if r.Body != "" {
		parts = append(parts, "-d", shellQuote(r.Body))
	}
	return strings.Join(parts, " ")
}

// shellQuote quotes s for a POSIX shell, printable characters only.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(content.Safe(s), "'", `'\''`) + "'"
}

// quietHeaders are left out of a shown response: they say nothing about
// the status.
var quietHeaders = []string{"Date", "Content-Length", "X-Content-Type-Options"}

// ResponseLines is a response as curl -i shows it, less the quiet header
// fields: the status line, the fields, a blank line and the body.
func ResponseLines(line string, header http.Header, body string) []string {
	out := []string{content.Safe(line)}
	names := make([]string, 0, len(header))
	for name := range header {
		if !slices.Contains(quietHeaders, name) {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		out = append(out, content.Safe(name+": "+strings.Join(header[name], ", ")))
	}
	if body != "" {
		out = append(out, "", content.Safe(body))
	}
	return out
}
