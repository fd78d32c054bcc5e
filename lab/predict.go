package lab

import (
	"github.com/httpquiz/httpquiz/content"
)

// Predictions are the lab's questions: a request written out in full, whose
// status the learner predicts before httpquiz sends it to a lab and shows
// the real response. Each is asked against a lab in its starting state; a
// test sends every one and holds its answer to what the lab really says.
func Predictions() []content.Scenario {
	out := make([]content.Scenario, len(predictions))
	for i, p := range predictions {
		r := p.req
		out[i] = content.Scenario{ID: content.LabIDPrefix + p.id, Topic: content.LabTopic, Prompt: p.prompt + " What status will the lab answer?",
			Answer: p.answer, Explanation: p.why, Tags: []string{"lab"}, Difficulty: p.difficulty, Request: &r}
	}
	return out
}

type prediction struct {
	id         string
	prompt     string
	req        content.Request
	answer     int
	why        string
	difficulty int
}

const jsonBody = "Content-Type: application/json"

var predictions = []prediction{
	{"list-notes", "Anyone may list the notes.", content.Request{Method: "GET", Path: "/notes"}, 200,
		"A plain successful GET: the list comes back in the body with 200 OK.", 1},
	{"register", "Nobody has registered this email yet.", content.Request{Method: "POST", Path: "/users",
		Header: []string{jsonBody}, Body: `{"email":"new@example.com","password":"pw"}`}, 201,
		"The request made a new user, so the answer is 201 Created, with a Location naming /users/{id}. A 200 would work but would not say that something was created, or where.", 1},
	{"register-taken", "demo@example.com is the lab's demo account.", content.Request{Method: "POST", Path: "/users",
		Header: []string{jsonBody}, Body: `{"email":"demo@example.com","password":"pw"}`}, 409,
		"The body is fine, but it clashes with what the server already has: that email is taken. That is 409 Conflict; a 400 would blame the request's form, which is fine here.", 1},
	{"register-no-email", "The body has a password and nothing else.", content.Request{Method: "POST", Path: "/users",
		Header: []string{jsonBody}, Body: `{"password":"pw"}`}, 400,
		"A required field is missing, so the request itself is incomplete: 400 Bad Request, as the article's handler does. Nothing about the server's state is involved, so it is not 409.", 1},
	{"register-not-email", `The "email" is there, but it is a word.`, content.Request{Method: "POST", Path: "/users",
		Header: []string{jsonBody}, Body: `{"email":"nope","password":"pw"}`}, 422,
		"The JSON parses and has every field; one value breaks the rules. The lab keeps 400 for a request it cannot use at all and answers this with 422 Unprocessable Content, a common convention.", 2},
	{"register-form", "A form post, not JSON.", content.Request{Method: "POST", Path: "/users",
		Header: []string{"Content-Type: application/x-www-form-urlencoded"}, Body: "email=a@example.com&password=pw"}, 415,
		"The route reads JSON only, and the body says it is a form: 415 Unsupported Media Type, with Accept naming what it does take. The client sent a format problem, not a malformed request.", 2},
	{"me-anonymous", "No Authorization header at all.", content.Request{Method: "GET", Path: "/me"}, 401,
		"Without credentials the lab cannot know who is asking: 401 Unauthorized, with WWW-Authenticate: Bearer saying how to authenticate. 403 would mean credentials would not help.", 1},
	{"me-signed-in", "The token is the demo account's, issued when the lab started.", content.Request{Method: "GET", Path: "/me",
		Header: []string{"Authorization: Bearer " + DemoToken}}, 200, "A valid bearer token: the lab answers 200 with the account it names.", 1},
	{"private-anonymous", "Note 2 is private to demo@example.com, and this request carries no token.", content.Request{Method: "GET", Path: "/notes/2"}, 401,
		"The note might be readable after signing in, so the lab asks for credentials: 401 with its challenge. Signed in as someone else, the answer would be 403.", 2},
	{"private-other-user", "Note 2 is private to demo@example.com; the token is eve's.", content.Request{Method: "GET", Path: "/notes/2",
		Header: []string{"Authorization: Bearer " + EveToken}}, 403,
		"The lab knows the caller and the answer is still no; signing in again will not change it. That is 403 Forbidden, not 401.", 2},
	{"not-modified", `Note 1's current ETag is "n1-v1", and the client sends it back.`, content.Request{Method: "GET", Path: "/notes/1",
		Header: []string{`If-None-Match: "n1-v1"`}}, 304,
		"The condition \"none match\" is false: the client's copy is current. The lab answers 304 Not Modified with the ETag and no body, and the client reuses what it has.", 2},
	{"modified", `Note 1's current ETag is "n1-v1"; the client's copy is "n1-v0".`, content.Request{Method: "GET", Path: "/notes/1",
		Header: []string{`If-None-Match: "n1-v0"`}}, 200,
		"The tags differ, so the client's copy is stale and the condition holds: the lab sends the whole note with 200 and its current ETag.", 2},
	{"as-xml", "The client will only take XML; the lab speaks JSON.", content.Request{Method: "GET", Path: "/notes/1",
		Header: []string{"Accept: application/xml"}}, 406,
		"Nothing the lab can send matches Accept, and this lab chooses to say so: 406 Not Acceptable. Servers may also ignore Accept and send their default with 200; this one does not.", 2},
	{"delete-collection", "The collection /notes has GET and POST.", content.Request{Method: "DELETE", Path: "/notes"}, 405,
		"The path exists but not with that method: 405 Method Not Allowed, whose Allow header lists GET, HEAD and POST. 404 would claim there is nothing at /notes.", 1},
	{"put-unconditional", "Demo updates their note without saying which version they saw.", content.Request{Method: "PUT", Path: "/notes/1",
		Header: []string{"Authorization: Bearer " + DemoToken, jsonBody}, Body: `{"title":"Edited"}`}, 428,
		"The lab requires If-Match on updates, to prevent lost updates, and this request has none: 428 Precondition Required. With a wrong If-Match it would be 412.", 3},
	{"put-stale", `Demo's If-Match names "n1-v0"; the note is at "n1-v1".`, content.Request{Method: "PUT", Path: "/notes/1",
		Header: []string{"Authorization: Bearer " + DemoToken, `If-Match: "n1-v0"`, jsonBody}, Body: `{"title":"Edited"}`}, 412,
		"The request's own condition is false: the note changed since that version. The lab refuses with 412 Precondition Failed, and the current ETag, so the client can read it again.", 2},
	{"put-current", `Demo's If-Match names "n1-v1", the note's current ETag.`, content.Request{Method: "PUT", Path: "/notes/1",
		Header: []string{"Authorization: Bearer " + DemoToken, `If-Match: "n1-v1"`, jsonBody}, Body: `{"title":"Edited"}`}, 200,
		"The condition holds, so the update is applied; the lab answers 200 with the note and its new ETag. A 204 would be right too for a server that sends nothing back.", 2},
	{"missing-note", "No note 999 was ever written.", content.Request{Method: "GET", Path: "/notes/999"}, 404,
		"Nothing is at that URI and nothing ever was: 404 Not Found. 410 is for something deliberately removed.", 1},
	{"delete-own", "Demo deletes their own note.", content.Request{Method: "DELETE", Path: "/notes/1",
		Header: []string{"Authorization: Bearer " + DemoToken}}, 204, "Done, and nothing to say: 204 No Content. Reading the note afterwards gives 410 Gone.", 1},
	{"old-address", "Notes used to live under /old/notes.", content.Request{Method: "GET", Path: "/old/notes/1"}, 301,
		"The move is for good, so the lab answers 301 Moved Permanently with Location /notes/1, which clients and caches may remember.", 1},
	{"newest", "/latest always points at the newest public note.", content.Request{Method: "GET", Path: "/latest"}, 302,
		"Where /latest leads changes as notes are written, so the redirect is temporary: 302 Found. A 301 would let caches remember one note for ever.", 2},
	{"v1-post", "The v1 path was retired for good; the client is posting a note.", content.Request{Method: "POST", Path: "/v1/notes",
		Header: []string{jsonBody}, Body: `{"title":"hi"}`}, 308,
		"Moved for good, and a POST must stay a POST with its body: 308 Permanent Redirect. A 301 lets clients turn the POST into a GET.", 3},
	{"export", "Exports take a couple of seconds.", content.Request{Method: "POST", Path: "/exports"}, 202,
		"The work is accepted but not done: 202 Accepted, with Location naming the job to poll. When it is done, the job answers 303 to the result.", 2},
	{"crash", "This handler has a bug that the lab recovers from.", content.Request{Method: "GET", Path: "/crash"}, 500,
		"Nothing in the request was wrong; the server failed while handling it. That is 500 Internal Server Error, logged by the lab.", 1},
	{"gateway-slow", "The gateway waits 300 ms for its upstream, which takes 3 s.", content.Request{Method: "GET", Path: "/gateway/slow"}, 504,
		"The gateway gave up waiting: 504 Gateway Timeout. The upstream is at fault for being slow; the gateway is reporting it.", 2},
	{"gateway-garbage", "The upstream answers with bytes that are not HTTP.", content.Request{Method: "GET", Path: "/gateway/garbage"}, 502,
		"The gateway got a reply it could not use: 502 Bad Gateway. Had the upstream said nothing in time, it would be 504.", 2},
	{"gateway-maintenance", "The upstream is down for planned maintenance.", content.Request{Method: "GET", Path: "/gateway/maintenance"}, 503,
		"The service is unavailable for now and says when to return: 503 Service Unavailable with Retry-After.", 2},
}
