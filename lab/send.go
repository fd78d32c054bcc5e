package lab

import (
	"context"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/content"
)

// Response is what a lab answered a request, as a question's feedback shows
// it: the status line, the header fields and the start of the body.
type Response struct {
	Status  int
	Line    string // "HTTP/1.1 409 Conflict"
	Header  http.Header
	Body    string // at most MaxShownBody bytes of it, printable only
	Elapsed time.Duration
}

// MaxShownBody is how much of a response body is kept to show.
const MaxShownBody = 2048

// client sends requests as a learner's curl would: redirects are answers
// to see, not to follow.
var client = &http.Client{
	Timeout:       5 * time.Second,
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

// Send sends r to the lab at base ("http://127.0.0.1:8080") and reads what
// it answers.
func Send(ctx context.Context, base string, r content.Request) (Response, error) {
	var body io.Reader
	if r.Body != "" {
		body = strings.NewReader(r.Body)
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, strings.TrimSuffix(base, "/")+r.Path, body)
	if err != nil {
		return Response{}, err
	}
	for _, field := range r.Header {
		name, value, _ := strings.Cut(field, ":")
		req.Header.Set(strings.TrimSpace(name), strings.TrimSpace(value))
	}
	start := time.Now()
	res, err := client.Do(req)
	if err != nil {
		return Response{}, err
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(res.Body, MaxShownBody))
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
	return Response{Status: res.StatusCode, Line: res.Proto + " " + res.Status, Header: res.Header,
		Body: content.Printable(strings.TrimSpace(string(b)), MaxShownBody), Elapsed: time.Since(start)}, nil
}
