package lab

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Route is one route of the lab as `httpquiz lab routes` documents it: what
// it does and the codes it can answer.
type Route struct {
	Method, Path string
	Does         string
	Codes        []int
	handle       func(l *Lab, w http.ResponseWriter, r *http.Request)
}

// table is every route, in the order they are documented.
var table = []Route{
	{"POST", "/users", `create a user from JSON {"email", "password"}: 400 without them, 409 if the email is taken, 422 if it is no email, 415 if it is not JSON`,
		[]int{201, 400, 409, 413, 415, 422}, (*Lab).createUser},
	{"GET", "/users/{id}", "one user", []int{200, 404}, (*Lab).getUser},
	{"POST", "/login", `trade JSON {"email", "password"} for a bearer token`, []int{200, 400, 401, 415}, (*Lab).login},
	{"GET", "/me", "who the bearer token says you are", []int{200, 401}, (*Lab).me},
	{"GET", "/notes", "every note's id and title; DELETE here answers 405 and says what is allowed", []int{200, 405}, (*Lab).listNotes},
	{"POST", "/notes", `write a note from JSON {"title", "body", "private"}, signed in`, []int{201, 400, 401, 415}, (*Lab).createNote},
	{"GET", "/notes/{id}", "one note, with its ETag: send If-None-Match to get 304; note 2 is private to demo@example.com",
		[]int{200, 304, 401, 403, 404, 406, 410}, (*Lab).getNote},
	{"PUT", "/notes/{id}", "replace your note: If-Match with its ETag is required", []int{200, 400, 401, 403, 404, 412, 415, 428}, (*Lab).putNote},
	{"DELETE", "/notes/{id}", "delete your note; it is gone for good", []int{204, 401, 403, 404, 410}, (*Lab).deleteNote},
	{"GET", "/search", "search the notes' titles with ?q=, at most 5 times in 10 seconds", []int{200, 400, 429}, (*Lab).search},
	{"POST", "/exports", "start an export job: poll its Location", []int{202}, (*Lab).startExport},
	{"GET", "/jobs/{id}", "a job: 200 while it runs, then 303 to its result", []int{200, 303, 404}, (*Lab).getJob},
	{"GET", "/exports/{id}", "a finished export", []int{200, 404}, (*Lab).getExport},
	{"GET", "/old/notes/{id}", "where notes used to live: moved for good", []int{301}, (*Lab).oldNote},
	{"GET", "/latest", "the newest note, wherever it is today", []int{302, 404}, (*Lab).latest},
	{"POST", "/v1/notes", "the retired v1 path: moved for good, method and body kept", []int{308}, (*Lab).v1Notes},
	{"POST", "/drafts", "drafts are saved as notes for now: method and body kept", []int{307}, (*Lab).drafts},
	{"GET", "/crash", "a handler with a bug: it panics, and the lab recovers", []int{500}, (*Lab).crash},
	{"GET", "/quests", "the quests and which of them this lab has met", []int{200}, (*Lab).quests},
	{"POST", "/reset", "put the lab back as it started: demo and eve, and notes 1 and 2", []int{204}, (*Lab).reset},
	{"GET", "/gateway/{behavior}", "a gateway in front of an upstream that is ok, sends garbage, is in maintenance or is too slow",
		[]int{200, 502, 503, 504}, (*Lab).gateway},
}

// Routes documents the lab's routes.
func Routes() []Route {
	out := make([]Route, len(table))
	for i, r := range table {
		out[i] = Route{Method: r.Method, Path: r.Path, Does: r.Does, Codes: r.Codes}
	}
	return out
}

// Anywhere are the codes any route may answer: a body too large, headers
// too large, and a path no route has.
var Anywhere = []int{404, 413, 431}

func (l *Lab) routes() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range table {
		handle := rt.handle
		mux.HandleFunc(rt.Method+" "+rt.Path, func(w http.ResponseWriter, r *http.Request) { handle(l, w, r) })
	}
	// The mux answers a known path with the wrong method itself: 405, with
	// Allow listing the methods the path has.
	return l.guard(mux)
}

// accepts reports whether an Accept header allows JSON. No header, */* and
// application/* all do; a type with q=0 does not.
func accepts(header string) bool {
	if strings.TrimSpace(header) == "" {
		return true
	}
	for _, part := range strings.Split(header, ",") {
		media, params, _ := strings.Cut(part, ";")
		if refused(params) {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(media)) {
		case "application/json", "application/problem+json", "application/*", "*/*":
			return true
		}
	}
	return false
}

// refused reports whether a media range's parameters give it q=0.
func refused(params string) bool {
	for _, p := range strings.Split(params, ";") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(p), "q="); ok {
			q, err := strconv.ParseFloat(v, 64)
			return err == nil && q == 0
		}
	}
	return false
}

func (l *Lab) reset(w http.ResponseWriter, _ *http.Request) {
	l.Reset()
	w.WriteHeader(http.StatusNoContent)
}

// QuestState is a quest as GET /quests reports it.
type QuestState struct {
	Code int        `json:"code"`
	Ask  string     `json:"ask"`
	Core bool       `json:"core"`
	Met  *time.Time `json:"met,omitempty"`
}

// States pairs every quest with when it was met, if it was.
func States(seen map[int]time.Time) []QuestState {
	out := make([]QuestState, len(Quests))
	for i, q := range Quests {
		out[i] = QuestState{Code: q.Code, Ask: q.Ask, Core: q.Core}
		if at, ok := seen[q.Code]; ok {
			out[i].Met = &at
		}
	}
	return out
}

func (l *Lab) quests(w http.ResponseWriter, _ *http.Request) {
	send(w, http.StatusOK, States(l.Seen()))
}
