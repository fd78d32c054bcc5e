package lab

import (
	"fmt"
	"net/http"
)

// oldNote: notes moved from /old/notes for good, so the answer is 301 and
// clients and caches may remember it.
func (l *Lab) oldNote(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/notes/"+r.PathValue("id"), http.StatusMovedPermanently)
}

// latest points at the newest note, which changes: 302, for now only.
func (l *Lab) latest(w http.ResponseWriter, r *http.Request) {
	l.mu.Lock()
	newest := 0
	for id, n := range l.notes {
		if !n.Private && id > newest {
			newest = id
		}
	}
	l.mu.Unlock()
	if newest == 0 {
		problem(w, http.StatusNotFound, "There are no public notes.")
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/notes/%d", newest), http.StatusFound)
}

// v1Notes: the v1 path is retired for good, and a POST must stay a POST
// with its body: 308.
func (l *Lab) v1Notes(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/notes", http.StatusPermanentRedirect)
}

// drafts are stored as notes for the time being, method and body kept: 307.
func (l *Lab) drafts(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/notes", http.StatusTemporaryRedirect)
}

// crash is a handler with a real bug: it indexes past the end of a slice.
func (l *Lab) crash(w http.ResponseWriter, r *http.Request) {
	var pages []string
	page := len(r.URL.Query()) // 0 without a query: still out of range
	fmt.Fprint(w, pages[page])
}
