package lab

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

type user struct {
	ID       int    `json:"id"`
	Email    string `json:"email"`
	password string
}

// The accounts every lab starts with, each already signed in with a fixed
// token, so that a request written down in advance can carry one.
const (
	DemoEmail    = "demo@example.com"
	DemoPassword = "demo"
	DemoToken    = "demo-token"
	EveEmail     = "eve@example.com"
	EvePassword  = "eve"
	EveToken     = "eve-token"
)

// seed is the starting state: demo and eve, a public note and demo's
// private one.
func (l *Lab) seed() {
	demo := &user{ID: l.id("user"), Email: DemoEmail, password: DemoPassword}
	eve := &user{ID: l.id("user"), Email: EveEmail, password: EvePassword}
	for token, u := range map[string]*user{DemoToken: demo, EveToken: eve} {
		l.users[u.ID], l.emails[u.Email], l.tokens[token] = u, u.ID, u.ID
	}
	for _, n := range []note{
		{Title: "Welcome to the lab", Body: "Every response here is real. Try GET /notes/1 with If-None-Match.", Owner: demo.ID},
		{Title: "Demo's private note", Body: "Only demo@example.com may read this.", Owner: demo.ID, Private: true},
	} {
		n.ID, n.Version = l.id("note"), 1
		l.notes[n.ID] = &n
	}
}

type credentials struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

// createUser is the article's handler, for real: 400 when the email is
// missing, 409 when it is taken, 201 with the user and its Location.
func (l *Lab) createUser(w http.ResponseWriter, r *http.Request) {
	var c credentials
	if read(w, r, &c) != nil {
		return
	}
	email := strings.ToLower(strings.TrimSpace(c.Email))
	switch {
	case email == "" || c.Password == "":
		problem(w, http.StatusBadRequest, `Both "email" and "password" are required.`)
		return
	case !strings.Contains(email, "@") || len(email) > 254:
		problem(w, http.StatusUnprocessableEntity, `"email" is there and is a string, but it is not an email address.`)
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, taken := l.emails[email]; taken {
		problem(w, http.StatusConflict, "A user with that email already exists.")
		return
	}
	u := &user{ID: l.id("user"), Email: email, password: c.Password}
	l.users[u.ID], l.emails[email] = u, u.ID
	w.Header().Set("Location", fmt.Sprintf("/users/%d", u.ID))
	send(w, http.StatusCreated, u)
}

func (l *Lab) getUser(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	l.mu.Lock()
	u, ok := l.users[id]
	l.mu.Unlock()
	if !ok {
		problem(w, http.StatusNotFound, "No user has that id.")
		return
	}
	send(w, http.StatusOK, u)
}

// login trades an email and password for a bearer token.
func (l *Lab) login(w http.ResponseWriter, r *http.Request) {
	var c credentials
	if read(w, r, &c) != nil {
		return
	}
	if c.Email == "" || c.Password == "" {
		problem(w, http.StatusBadRequest, `Both "email" and "password" are required.`)
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	u, ok := l.users[l.emails[strings.ToLower(strings.TrimSpace(c.Email))]]
	if !ok || u.password != c.Password {
		challenge(w, "That email and password do not match a user.")
		return
	}
	token := newToken()
	l.tokens[token] = u.ID
	send(w, http.StatusOK, map[string]string{"token": token, "use": "Authorization: Bearer " + token})
}

func (l *Lab) me(w http.ResponseWriter, r *http.Request) {
	u, ok := l.caller(r)
	if !ok {
		challenge(w, "Send Authorization: Bearer TOKEN, with a token from POST /login.")
		return
	}
	send(w, http.StatusOK, u)
}

// caller is the user the request's bearer token names.
func (l *Lab) caller(r *http.Request) (user, bool) {
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return user{}, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	u, ok := l.users[l.tokens[strings.TrimSpace(token)]]
	if !ok {
		return user{}, false
	}
	return *u, true
}

// challenge answers 401 with the challenge RFC 9110 requires of it.
func challenge(w http.ResponseWriter, detail string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="lab"`)
	problem(w, http.StatusUnauthorized, detail)
}

func newToken() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
