package lab

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

type note struct {
	ID      int    `json:"id"`
	Title   string `json:"title"`
	Body    string `json:"body"`
	Private bool   `json:"private"`
	Owner   int    `json:"owner"`
	Version int    `json:"version"`
}

// etag names a note's version, so that a client can ask "has it changed?".
func (n *note) etag() string { return fmt.Sprintf(`"n%d-v%d"`, n.ID, n.Version) }

type noteFields struct {
	Title   string `json:"title"`
	Body    string `json:"body"`
	Private bool   `json:"private"`
}

// readNote reads a note's fields from a JSON body, answering 400 itself for
// a note without a title (and read's codes for a body it cannot use).
func readNote(w http.ResponseWriter, r *http.Request) (noteFields, bool) {
	var f noteFields
	if read(w, r, &f) != nil {
		return f, false
	}
	if strings.TrimSpace(f.Title) == "" {
		problem(w, http.StatusBadRequest, `A note needs a "title".`)
		return f, false
	}
	return f, true
}

func (l *Lab) listNotes(w http.ResponseWriter, _ *http.Request) {
	l.mu.Lock()
	type item struct {
		ID    int    `json:"id"`
		Title string `json:"title"`
	}
	out := []item{}
	for _, n := range l.notes {
		if !n.Private {
			out = append(out, item{n.ID, n.Title})
		}
	}
	l.mu.Unlock()
	slices.SortFunc(out, func(a, b item) int { return a.ID - b.ID })
	send(w, http.StatusOK, out)
}

func (l *Lab) createNote(w http.ResponseWriter, r *http.Request) {
	u, ok := l.caller(r)
	if !ok {
		challenge(w, "Sign in to write a note: POST /login, then send Authorization: Bearer TOKEN.")
		return
	}
	f, ok := readNote(w, r)
	if !ok {
		return
	}
	l.mu.Lock()
	n := &note{ID: l.id("note"), Title: f.Title, Body: f.Body, Private: f.Private, Owner: u.ID, Version: 1}
	l.notes[n.ID] = n
	copied := *n
	l.mu.Unlock()
	w.Header().Set("Location", fmt.Sprintf("/notes/%d", n.ID))
	w.Header().Set("ETag", copied.etag())
	send(w, http.StatusCreated, copied)
}

// find looks a note up for a request, answering 404, 410, 401 or 403 itself
// when the caller may not have it. write asks for the right to change it.
func (l *Lab) find(w http.ResponseWriter, r *http.Request, write bool) (note, bool) {
	id, err := strconv.Atoi(r.PathValue("id"))
	l.mu.Lock()
	n, ok := l.notes[id]
	gone := l.gone[id]
	var copied note
	if ok {
		copied = *n
	}
	l.mu.Unlock()
	switch {
	case err != nil || !ok && !gone:
		problem(w, http.StatusNotFound, "No note has that id.")
		return note{}, false
	case gone:
		problem(w, http.StatusGone, "That note was deleted, and it is not coming back.")
		return note{}, false
	}
	if !copied.Private && !write {
		return copied, true
	}
	u, signedIn := l.caller(r)
	switch {
	case !signedIn:
		challenge(w, "Sign in first: this note is only for its owner.")
		return note{}, false
	case u.ID != copied.Owner:
		problem(w, http.StatusForbidden, "You are signed in, but this note is not yours; signing in again will not change that.")
		return note{}, false
	}
	return copied, true
}

func (l *Lab) getNote(w http.ResponseWriter, r *http.Request) {
	n, ok := l.find(w, r, false)
	if !ok {
		return
	}
	if !accepts(r.Header.Get("Accept")) {
		problem(w, http.StatusNotAcceptable, "This note is only available as application/json.")
		return
	}
	w.Header().Set("ETag", n.etag())
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Vary", "Accept, Authorization")
	if matches(r.Header.Get("If-None-Match"), n.etag()) {
		w.WriteHeader(http.StatusNotModified) // the client's copy is current: headers only
		return
	}
	send(w, http.StatusOK, n)
}

// matches reports whether an If-None-Match or If-Match value names etag.
func matches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

func (l *Lab) putNote(w http.ResponseWriter, r *http.Request) {
	n, ok := l.find(w, r, true)
	if !ok {
		return
	}
	condition := r.Header.Get("If-Match")
	switch {
	case condition == "":
		problem(w, http.StatusPreconditionRequired, "Send If-Match with the note's ETag, so that you cannot overwrite a change you have not seen.")
		return
	case !matches(condition, n.etag()):
		w.Header().Set("ETag", n.etag())
		problem(w, http.StatusPreconditionFailed, "The note changed since you read it: its ETag is now "+n.etag()+".")
		return
	}
	f, ok := readNote(w, r)
	if !ok {
		return
	}
	l.mu.Lock()
	cur := l.notes[n.ID]
	cur.Title, cur.Body, cur.Private = f.Title, f.Body, f.Private
	cur.Version++
	copied := *cur
	l.mu.Unlock()
	w.Header().Set("ETag", copied.etag())
	send(w, http.StatusOK, copied)
}

func (l *Lab) deleteNote(w http.ResponseWriter, r *http.Request) {
	n, ok := l.find(w, r, true)
	if !ok {
		return
	}
	l.mu.Lock()
	delete(l.notes, n.ID)
	l.gone[n.ID] = true
	l.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// search is limited per client, as a public API would be: past the burst it
// answers 429 and says, in Retry-After, when to try again.
func (l *Lab) search(w http.ResponseWriter, r *http.Request) {
	if wait, ok := l.allowSearch(clientOf(r)); !ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
		problem(w, http.StatusTooManyRequests, fmt.Sprintf("At most %d searches in %s; Retry-After says how many seconds to wait.", SearchBurst, SearchWindow))
		return
	}
	q := strings.ToLower(strings.TrimSpace(r.URL.Query().Get("q")))
	if q == "" {
		problem(w, http.StatusBadRequest, "Say what to search for: GET /search?q=welcome.")
		return
	}
	l.mu.Lock()
	found := []int{}
	for _, n := range l.notes {
		if !n.Private && strings.Contains(strings.ToLower(n.Title), q) {
			found = append(found, n.ID)
		}
	}
	l.mu.Unlock()
	slices.Sort(found)
	send(w, http.StatusOK, map[string]any{"q": q, "notes": found})
}

// allowSearch counts a search for client, or says how long until the
// oldest one in the window leaves it.
func (l *Lab) allowSearch(client string) (time.Duration, bool) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	recent := slices.DeleteFunc(l.searches[client], func(t time.Time) bool { return now.Sub(t) >= SearchWindow })
	if len(recent) >= SearchBurst {
		l.searches[client] = recent
		return recent[0].Add(SearchWindow).Sub(now), false
	}
	l.searches[client] = append(recent, now)
	return 0, true
}

// clientOf is the request's client address, without its port.
func clientOf(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
