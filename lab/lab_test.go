package lab

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a lab's time, moved by the test.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type rig struct {
	t     *testing.T
	srv   *httptest.Server
	clock *clock
	seen  chan Entry
	lab   *Lab
}

func newRig(t *testing.T) *rig {
	c := &clock{t: time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)}
	seen := make(chan Entry, 1000)
	l := New(Options{Now: c.now, Observe: func(e Entry) { seen <- e }})
	srv := httptest.NewServer(l)
	t.Cleanup(func() { srv.Close(); l.Close() })
	return &rig{t: t, srv: srv, clock: c, seen: seen, lab: l}
}

// do sends a request and returns the response with its body read.
func (g *rig) do(method, path, body string, headers ...string) (*http.Response, string) {
	g.t.Helper()
	req, err := http.NewRequest(method, g.srv.URL+path, strings.NewReader(body))
	if err != nil {
		g.t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Do(req)
	if err != nil {
		g.t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	return res, string(b)
}

func (g *rig) want(method, path, body string, status int, header string, headers ...string) *http.Response {
	g.t.Helper()
	res, text := g.do(method, path, body, headers...)
	if res.StatusCode != status {
		g.t.Errorf("%s %s: %d, want %d\n%s", method, path, res.StatusCode, status, text)
	}
	if header != "" && res.Header.Get(header) == "" {
		g.t.Errorf("%s %s: %d without %s", method, path, status, header)
	}
	return res
}

func (g *rig) token(email, password string) string {
	g.t.Helper()
	_, body := g.do("POST", "/login", `{"email":"`+email+`","password":"`+password+`"}`)
	_, rest, _ := strings.Cut(body, `"token":"`)
	tok, _, _ := strings.Cut(rest, `"`)
	if tok == "" {
		g.t.Fatalf("no token for %s: %s", email, body)
	}
	return "Bearer " + tok
}

func TestUsers(t *testing.T) {
	g := newRig(t)
	g.want("POST", "/users", `{"password":"x"}`, 400, "")
	g.want("POST", "/users", `{"email":`, 400, "")
	g.want("POST", "/users", `{"email":"no-at-sign","password":"x"}`, 422, "")
	g.want("POST", "/users", "email=a@b.c", 415, "Accept", "Content-Type", "application/x-www-form-urlencoded")
	res := g.want("POST", "/users", `{"email":"ada@example.com","password":"pw"}`, 201, "Location")
	g.want("GET", res.Header.Get("Location"), "", 200, "")
	g.want("POST", "/users", `{"email":"ADA@example.com","password":"other"}`, 409, "")
	g.want("GET", "/users/999", "", 404, "")
	g.want("POST", "/users", `{"email":"`+strings.Repeat("a", MaxBody)+`@x","password":"x"}`, 413, "")
}

func TestSessions(t *testing.T) {
	g := newRig(t)
	g.want("GET", "/me", "", 401, "WWW-Authenticate")
	g.want("GET", "/me", "", 401, "WWW-Authenticate", "Authorization", "Bearer made-up")
	g.want("POST", "/login", `{"email":"demo@example.com","password":"wrong"}`, 401, "WWW-Authenticate")
	g.want("POST", "/login", `{"email":"demo@example.com"}`, 400, "")
	g.want("GET", "/me", "", 200, "", "Authorization", g.token(DemoEmail, DemoPassword))
}

func TestNotes(t *testing.T) {
	g := newRig(t)
	demo := g.token(DemoEmail, DemoPassword)
	g.want("POST", "/users", `{"email":"ivy@example.com","password":"pw"}`, 201, "")
	eve := g.token("ivy@example.com", "pw")

	g.want("GET", "/notes", "", 200, "")
	g.want("DELETE", "/notes", "", 405, "Allow")
	etag := g.want("GET", "/notes/1", "", 200, "ETag").Header.Get("ETag")
	g.want("GET", "/notes/1", "", 304, "ETag", "If-None-Match", etag)
	g.want("GET", "/notes/1", "", 200, "", "If-None-Match", `"stale"`)
	g.want("GET", "/notes/1", "", 406, "", "Accept", "application/xml")
	g.want("GET", "/notes/1", "", 200, "", "Accept", "text/html, application/json;q=0.5")
	g.want("GET", "/notes/2", "", 401, "WWW-Authenticate")
	g.want("GET", "/notes/2", "", 403, "", "Authorization", eve)
	g.want("GET", "/notes/2", "", 200, "", "Authorization", demo)
	g.want("GET", "/notes/99", "", 404, "")
	g.want("GET", "/notes/abc", "", 404, "")

	g.want("POST", "/notes", `{"title":"x"}`, 401, "WWW-Authenticate")
	g.want("POST", "/notes", `{"body":"no title"}`, 400, "", "Authorization", eve)
	created := g.want("POST", "/notes", `{"title":"Eve's"}`, 201, "Location", "Authorization", eve)
	at, tag := created.Header.Get("Location"), created.Header.Get("ETag")
	g.want("PUT", at, `{"title":"v2"}`, 428, "", "Authorization", eve)
	g.want("PUT", at, `{"title":"v2"}`, 403, "", "Authorization", demo, "If-Match", tag)
	g.want("PUT", at, `{"title":"v2"}`, 200, "ETag", "Authorization", eve, "If-Match", tag)
	g.want("PUT", at, `{"title":"v3"}`, 412, "ETag", "Authorization", eve, "If-Match", tag)
	g.want("DELETE", at, "", 204, "", "Authorization", eve)
	g.want("GET", at, "", 410, "")
	g.want("DELETE", at, "", 410, "", "Authorization", eve)
}

func TestSearchIsLimited(t *testing.T) {
	g := newRig(t)
	g.want("GET", "/search", "", 400, "")
	for range SearchBurst - 1 {
		g.want("GET", "/search?q=welcome", "", 200, "")
	}
	if res := g.want("GET", "/search?q=welcome", "", 429, "Retry-After"); res.Header.Get("Retry-After") != "10" {
		t.Errorf("Retry-After %q, want 10", res.Header.Get("Retry-After"))
	}
	g.clock.add(SearchWindow)
	g.want("GET", "/search?q=welcome", "", 200, "")
}

func TestJobsAndRedirects(t *testing.T) {
	g := newRig(t)
	at := g.want("POST", "/exports", "", 202, "Location").Header.Get("Location")
	g.want("GET", at, "", 200, "Retry-After")
	g.want("GET", "/exports/3", "", 404, "")
	g.clock.add(JobTime)
	result := g.want("GET", at, "", 303, "Location").Header.Get("Location")
	g.want("GET", result, "", 200, "")
	g.want("GET", "/jobs/999", "", 404, "")

	for _, tc := range []struct {
		method, path string
		status       int
		to           string
	}{
		{"GET", "/old/notes/1", 301, "/notes/1"}, {"GET", "/latest", 302, "/notes/1"},
		{"POST", "/v1/notes", 308, "/notes"}, {"POST", "/drafts", 307, "/notes"},
	} {
		if res := g.want(tc.method, tc.path, "", tc.status, "Location"); res.Header.Get("Location") != tc.to {
			t.Errorf("%s %s: Location %q, want %q", tc.method, tc.path, res.Header.Get("Location"), tc.to)
		}
	}
}

func TestFailures(t *testing.T) {
	g := newRig(t)
	g.want("GET", "/crash", "", 500, "")
	g.want("GET", "/gateway/ok", "", 200, "")
	g.want("GET", "/gateway/garbage", "", 502, "")
	g.want("GET", "/gateway/maintenance", "", 503, "Retry-After")
	start := time.Now()
	g.want("GET", "/gateway/slow", "", 504, "")
	if d := time.Since(start); d > 5*UpstreamTimeout {
		t.Errorf("504 after %v", d)
	}
	g.want("GET", "/gateway/nope", "", 404, "")
	g.want("GET", "/nowhere", "", 404, "")
	g.want("GET", "/notes", "", 431, "", "X-Big", strings.Repeat("x", MaxHeader))
	g.want("GET", "/notes", "", 200, "") // the lab carries on
}

// TestEveryRequestIsObserved: the log hears each request once, with the
// status the client got.
func TestEveryRequestIsObserved(t *testing.T) {
	g := newRig(t)
	g.want("GET", "/me", "", 401, "")
	g.want("GET", "/crash", "", 500, "")
	g.want("DELETE", "/notes", "", 405, "")
	for _, want := range []int{401, 500, 405} {
		select {
		case e := <-g.seen:
			if e.Status != want || e.Client == "" {
				t.Errorf("observed %+v, want status %d", e, want)
			}
		case <-time.After(time.Second):
			t.Fatalf("no entry for %d", want)
		}
	}
}

// TestBookkeepingMeetsNoQuest: reading the quest list (200) or resetting the
// lab (204) looks after the lab; only a request that plays in it meets a quest.
func TestBookkeepingMeetsNoQuest(t *testing.T) {
	g := newRig(t)
	g.want("GET", "/quests", "", 200, "")
	g.want("POST", "/reset", "", 204, "")
	if seen := g.lab.Seen(); len(seen) != 0 {
		t.Errorf("bookkeeping met %v", seen)
	}
	g.want("GET", "/notes", "", 200, "")
	if _, ok := g.lab.Seen()[200]; !ok {
		t.Error("GET /notes did not meet the 200 quest")
	}
}
