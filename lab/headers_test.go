package lab

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/content"
)

// TestResponsesCarryTheirHeaders: every response the lab gives carries the
// response header that the catalogue's header facts tie to its code (401's
// WWW-Authenticate, 405's Allow, 201's Location, ...), so that the
// catalogue and the API cannot disagree. Every code a route documents is
// produced at least once.
func TestResponsesCarryTheirHeaders(t *testing.T) {
	b, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	g := newRig(t)
	var got []*http.Response
	do := func(method, path, body string, headers ...string) *http.Response {
		res, _ := g.do(method, path, body, headers...)
		got = append(got, res)
		return res
	}
	demo := g.token(DemoEmail, DemoPassword)
	do("GET", "/notes", "")
	do("DELETE", "/notes", "")
	do("POST", "/users", `{"email":"ada@example.com","password":"pw"}`)
	do("POST", "/users", `{"email":"ada@example.com","password":"pw"}`)
	do("POST", "/users", `{"password":"pw"}`)
	do("POST", "/users", `{"email":"nope","password":"pw"}`)
	do("POST", "/users", "x", "Content-Type", "text/plain")
	do("POST", "/users", `{"email":"`+strings.Repeat("a", MaxBody)+`"}`)
	do("GET", "/users/1", "")
	do("GET", "/users/9", "")
	do("POST", "/login", `{"email":"demo@example.com","password":"no"}`)
	do("GET", "/me", "")
	tag := do("GET", "/notes/1", "").Header.Get("ETag")
	do("GET", "/notes/1", "", "If-None-Match", tag)
	do("GET", "/notes/1", "", "Accept", "text/html")
	do("GET", "/notes/2", "")
	ada := g.token("ada@example.com", "pw")
	do("GET", "/notes/2", "", "Authorization", ada)
	created := do("POST", "/notes", `{"title":"t"}`, "Authorization", ada)
	at, etag := created.Header.Get("Location"), created.Header.Get("ETag")
	do("PUT", at, `{"title":"u"}`, "Authorization", ada)
	do("PUT", at, `{"title":"u"}`, "Authorization", ada, "If-Match", `"old"`)
	do("PUT", at, `{"title":"u"}`, "Authorization", ada, "If-Match", etag)
	do("DELETE", at, "", "Authorization", ada)
	do("GET", at, "", "Authorization", demo)
	for range SearchBurst + 1 {
		do("GET", "/search?q=w", "")
	}
	job := do("POST", "/exports", "").Header.Get("Location")
	do("GET", job, "")
	g.clock.add(JobTime)
	do("GET", do("GET", job, "").Header.Get("Location"), "")
	do("GET", "/old/notes/1", "")
	do("GET", "/latest", "")
	do("POST", "/v1/notes", "")
	do("POST", "/drafts", "")
	do("GET", "/crash", "")
	for _, behavior := range []string{"ok", "garbage", "maintenance", "slow"} {
		do("GET", "/gateway/"+behavior, "")
	}
	do("GET", "/notes", "", "X-Big", strings.Repeat("x", MaxHeader))
	do("POST", "/reset", "")
	do("GET", "/quests", "")

	var produced []int
	for _, res := range got {
		produced = append(produced, res.StatusCode)
		e, _ := b.Catalogue.Lookup(res.StatusCode)
		for _, f := range content.FactsFor(res.StatusCode) {
			if slices.Contains(e.Headers, f.Header) && res.Header.Get(f.Header) == "" {
				t.Errorf("%s %s: %d without %s", res.Request.Method, res.Request.URL.Path, res.StatusCode, f.Header)
			}
		}
	}
	for _, r := range Routes() {
		for _, c := range r.Codes {
			if !slices.Contains(produced, c) {
				t.Errorf("%s %s documents %d, and the test never saw it", r.Method, r.Path, c)
			}
		}
	}
}
