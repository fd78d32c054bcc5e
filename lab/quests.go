package lab

import "slices"

// Quest asks the learner to make the lab answer one code, with their own
// client. It is met the moment the lab sends that code.
type Quest struct {
	Code int
	// Ask is the quest as the list shows it; Hint, the route to try.
	Ask, Hint string
	// Core marks the 17 codes every developer should know: the first line
	// of quests.
	Core bool
}

// Card is "how your own API does it": the same answer written in Go's
// net/http and in Python's Flask.
type Card struct {
	Go, Flask string
}

// Quests are the lab's quests: the core codes first, then their neighbors.
var Quests = []Quest{
	{200, "Get a 200: any successful GET", "GET /notes", true},
	{201, "Create a user and read its Location", `POST /users with {"email", "password"}`, true},
	{204, "Delete one of your notes", "DELETE /notes/{id}, signed in as its owner", true},
	{301, "Follow a note's old address", "GET /old/notes/1", true},
	{302, "Find the newest note", "GET /latest", true},
	{304, "Get a 304 out of GET /notes/1", "send its ETag back in If-None-Match", true},
	{400, "Send a user without an email", `POST /users with {"password": "x"}`, true},
	{401, "Ask who you are without a token, and read WWW-Authenticate", "GET /me", true},
	{403, "Read a note that is not yours, signed in", "GET /notes/2 as a user of your own", true},
	{404, "Ask for a note that never existed", "GET /notes/999", true},
	{409, "Register an email twice", "POST /users twice with the same email", true},
	{422, "Register something that is not an email", `POST /users with {"email": "nope", "password": "x"}`, true},
	{429, "Search too often, and read Retry-After", "GET /search?q=lab, six times in ten seconds", true},
	{500, "Find the handler with a bug", "GET /crash", true},
	{502, "See the gateway get garbage from its upstream", "GET /gateway/garbage", true},
	{503, "See the upstream in maintenance, and read Retry-After", "GET /gateway/maintenance", true},
	{504, "See the upstream answer too late", "GET /gateway/slow", true},
	{202, "Start an export job", "POST /exports", false},
	{303, "Poll the job until it points you to its result", "GET the job's Location until it is done", false},
	{307, "Save a draft, and see where it goes", "POST /drafts", false},
	{308, "Post to the retired v1 path", "POST /v1/notes", false},
	{405, "Find the route that answers 405, and read its Allow header", "DELETE /notes", false},
	{406, "Ask for a note as XML", "GET /notes/1 with Accept: application/xml", false},
	{410, "Read a note you deleted", "GET it again after DELETE", false},
	{412, "Update a note with a stale ETag", "PUT /notes/{id} with an old If-Match", false},
	{415, "Send a user as a form instead of JSON", "POST /users with Content-Type: application/x-www-form-urlencoded", false},
	{428, "Update a note without saying which version you saw", "PUT /notes/{id} without If-Match", false},
	{413, "Send a body that is too large", "POST /users with more than 64 KB", false},
	{431, "Send header fields that are too large", "any request with a header over 8 KB", false},
}

// QuestFor is the quest for a code, if the lab has one.
func QuestFor(code int) (Quest, bool) {
	i := slices.IndexFunc(Quests, func(q Quest) bool { return q.Code == code })
	if i < 0 {
		return Quest{}, false
	}
	return Quests[i], true
}

// CardFor is the "how your own API does it" card for a quest's code.
func CardFor(code int) (Card, bool) {
	c, ok := cards[code]
	return c, ok
}
