package lab

import "strings"

// snippet drops the newline that opens each raw string below, so that a
// snippet can start on a line of its own in this file.
func snippet(s string) string { return strings.TrimPrefix(s, "\n") }

// cards are the "how your own API does it" cards, one per quest's code.
// Each one answers the code for the reason the lab does.
var cards = map[int]Card{
	200: {
		Go: snippet(`
func listNotes(w http.ResponseWriter, r *http.Request) {
    notes := store.PublicNotes()
    w.Header().Set("Content-Type", "application/json")
    // Optional: the first Write sends 200 on its own.
    w.WriteHeader(http.StatusOK)
    json.NewEncoder(w).Encode(notes)
}`),
		Flask: snippet(`
@app.get("/notes")
def list_notes():
    notes = [n.summary() for n in store.public_notes()]
    return jsonify(notes), 200  # 200 is also the default`),
	},
	201: {
		Go: snippet(`
// The body was read and checked above.
u := store.AddUser(in.Email, in.Password)
// Headers first: WriteHeader sends them.
w.Header().Set("Location", "/users/"+strconv.Itoa(u.ID))
w.Header().Set("Content-Type", "application/json")
w.WriteHeader(http.StatusCreated)
json.NewEncoder(w).Encode(u)`),
		Flask: snippet(`
@app.post("/users")
def create_user():
    data = request.get_json()
    user = store.add_user(data["email"], data["password"])
    # Say where the new user lives.
    return jsonify(user.to_dict()), 201, {
        "Location": f"/users/{user.id}",
    }`),
	},
	204: {
		Go: snippet(`
func deleteNote(w http.ResponseWriter, r *http.Request) {
    // find answers 401, 403 or 404 itself when it must.
    n, ok := find(w, r)
    if !ok {
        return
    }
    store.DeleteNote(n.ID)
    // Done, and nothing to send back: no body at all.
    w.WriteHeader(http.StatusNoContent)
}`),
		Flask: snippet(`
@app.delete("/notes/<int:note_id>")
def delete_note(note_id):
    note = find_own_note(note_id)  # aborts with 401/403/404
    store.delete_note(note.id)
    # 204 carries no body: return an empty one.
    return "", 204`),
	},
	301: {
		Go: snippet(`
// Notes left /old/notes for good: clients and caches may
// remember the new address. A client may follow a 301 with
// GET even after a POST; use 308 when the method must stay.
mux.HandleFunc("GET /old/notes/{id}",
    func(w http.ResponseWriter, r *http.Request) {
        to := "/notes/" + r.PathValue("id")
        w.Header().Set("Location", to)
        w.WriteHeader(http.StatusMovedPermanently)
    })`),
		Flask: snippet(`
@app.get("/old/notes/<int:note_id>")
def old_note(note_id):
    # Moved for good; redirect() sets Location. A POST may
    # come back as a GET: use 308 if the method must stay.
    return redirect(f"/notes/{note_id}", code=301)`),
	},
	302: {
		Go: snippet(`
// The newest note changes: 302 means "there, for now", so
// clients keep asking /latest. Like 301, a client may follow
// it with GET even after a POST.
func latest(w http.ResponseWriter, r *http.Request) {
    id := store.NewestPublicNoteID()
    w.Header().Set("Location", "/notes/"+strconv.Itoa(id))
    w.WriteHeader(http.StatusFound)
}`),
		Flask: snippet(`
@app.get("/latest")
def latest():
    newest = store.newest_public_note()
    # Today's answer only: clients ask /latest again next time.
    return redirect(f"/notes/{newest.id}", code=302)`),
	},
	304: {
		Go: snippet(`
etag := n.ETag() // quotes included, e.g. "n1-v3"
w.Header().Set("ETag", etag)
// A full check also splits a list, drops W/ and allows *.
if r.Header.Get("If-None-Match") == etag {
    // The client's copy is current: headers only, no body.
    w.WriteHeader(http.StatusNotModified)
    return
}
w.Header().Set("Content-Type", "application/json")
json.NewEncoder(w).Encode(n)`),
		Flask: snippet(`
@app.get("/notes/<int:note_id>")
def get_note(note_id):
    note = find_note(note_id)
    etag = f"n{note.id}-v{note.version}"
    # If-None-Match compares weakly: W/"x" matches "x".
    if request.if_none_match.contains_weak(etag):
        return "", 304, {"ETag": f'"{etag}"'}  # no body
    resp = jsonify(note.to_dict())
    resp.set_etag(etag)
    return resp`),
	},
	400: {
		Go: snippet(`
var in struct{ Email, Password string }
err := json.NewDecoder(r.Body).Decode(&in)
if err != nil {
    http.Error(w, "body is not JSON", http.StatusBadRequest)
    return
}
if in.Email == "" || in.Password == "" {
    msg := "both email and password are required"
    http.Error(w, msg, http.StatusBadRequest)
    return
}`),
		Flask: snippet(`
@app.post("/users")
def create_user():
    data = request.get_json()  # JSON that won't parse: 400
    need = ("email", "password")
    missing = [k for k in need if not data.get(k)]
    if missing:
        # The request itself is malformed: fix it, resend.
        return jsonify(error="missing", fields=missing), 400
    ...`),
	},
	401: {
		Go: snippet(`
func me(w http.ResponseWriter, r *http.Request) {
    u, ok := userForToken(r.Header.Get("Authorization"))
    if !ok {
        // A 401 must say how to authenticate.
        w.Header().Set("WWW-Authenticate", "Bearer realm=\"api\"")
        http.Error(w, "sign in first", http.StatusUnauthorized)
        return
    }
    json.NewEncoder(w).Encode(u)
}`),
		Flask: snippet(`
@app.get("/me")
def me():
    user = user_for_token(request.headers.get("Authorization"))
    if user is None:
        # A 401 must say how to authenticate.
        return jsonify(error="Sign in first."), 401, {
            "WWW-Authenticate": 'Bearer realm="api"',
        }
    return jsonify(user.to_dict())`),
	},
	403: {
		Go: snippet(`
u, ok := caller(r)
if !ok { // not signed in at all: that is a 401
    unauthorized(w)
    return
}
if n.Private && n.Owner != u.ID {
    // We know who you are, and the answer is still no.
    msg := "this note is not yours"
    http.Error(w, msg, http.StatusForbidden)
    return
}`),
		Flask: snippet(`
@app.get("/notes/<int:note_id>")
def get_note(note_id):
    note = find_note(note_id)          # 404 when missing
    user = current_user_or_401()
    if note.private and note.owner_id != user.id:
        # Signing in again will not change this answer.
        abort(403, description="This note is not yours.")
    return jsonify(note.to_dict())`),
	},
	404: {
		Go: snippet(`
func getNote(w http.ResponseWriter, r *http.Request) {
    n, ok := store.Note(r.PathValue("id"))
    if !ok {
        msg := "no note has that id"
        http.Error(w, msg, http.StatusNotFound)
        return
    }
    json.NewEncoder(w).Encode(n)
}`),
		Flask: snippet(`
@app.get("/notes/<int:note_id>")
def get_note(note_id):
    note = store.get_note(note_id)
    if note is None:
        abort(404, description="No note has that id.")
    return jsonify(note.to_dict())`),
	},
	409: {
		Go: snippet(`
// The store's unique index on email decides, so two
// requests at once cannot both win.
u, err := store.AddUser(in.Email, in.Password)
if errors.Is(err, ErrEmailTaken) {
    // A fine request that clashes with what exists.
    msg := "a user with that email already exists"
    http.Error(w, msg, http.StatusConflict)
    return
}`),
		Flask: snippet(`
@app.post("/users")
def create_user():
    data = request.get_json()
    try:
        user = store.add_user(data["email"], data["password"])
    except EmailTaken:
        # Nothing wrong with the request; it clashes with data.
        return jsonify(error="That email is taken."), 409
    return jsonify(user.to_dict()), 201, {
        "Location": f"/users/{user.id}",
    }`),
	},
	422: {
		Go: snippet(`
// The JSON parsed and has an email (a missing one was 400);
// the syntax is fine, but the value is no email address.
if !strings.Contains(in.Email, "@") {
    msg := "email is not an email address"
    http.Error(w, msg, http.StatusUnprocessableEntity)
    return
}`),
		Flask: snippet(`
@app.post("/users")
def create_user():
    data = request.get_json()
    email = data["email"]  # present: a missing one was 400
    if "@" not in email:
        # Well-formed, right fields, but the value is wrong.
        return jsonify(error="That is not an email."), 422
    ...`),
	},
	429: {
		Go: snippet(`
func search(w http.ResponseWriter, r *http.Request) {
    wait, ok := limiter.Allow(clientIP(r))
    if !ok {
        secs := int(math.Ceil(wait.Seconds()))
        w.Header().Set("Retry-After", strconv.Itoa(secs))
        msg := "too many searches: see Retry-After"
        http.Error(w, msg, http.StatusTooManyRequests)
        return
    }
    // ... search as usual
}`),
		Flask: snippet(`
@app.get("/search")
def search():
    wait = limiter.hit(request.remote_addr)  # seconds, or 0
    if wait:
        return jsonify(error="Too many searches."), 429, {
            "Retry-After": str(math.ceil(wait)),
        }
    return jsonify(notes=store.search(request.args["q"]))`),
	},
	500: {
		Go: snippet(`
func recoverer(next http.Handler) http.HandlerFunc {
    return func(w http.ResponseWriter, r *http.Request) {
        defer func() {
            if v := recover(); v != nil {
                log.Printf("panic in %s: %v", r.URL.Path, v)
                msg := "our bug, not yours; it is logged"
                http.Error(w, msg, http.StatusInternalServerError)
            }
        }()
        next.ServeHTTP(w, r)
    }
}`),
		Flask: snippet(`
@app.errorhandler(500)
def internal_error(err):
    # Flask has logged the traceback already. Tell the client
    # it was our fault, and nothing about our insides.
    return jsonify(error="Internal server error."), 500

@app.get("/crash")
def crash():
    pages = []
    return pages[0]  # IndexError: the handler above answers`),
	},
	502: {
		Go: snippet(`
// A gateway: the upstream's reply could not be read as HTTP,
// or the connection to it broke. Its failure, told by us.
proxy := httputil.NewSingleHostReverseProxy(upstreamURL)
proxy.ErrorHandler = func(w http.ResponseWriter,
    r *http.Request, err error) {
    log.Printf("upstream %s: %v", r.URL.Path, err)
    msg := "bad answer from upstream"
    http.Error(w, msg, http.StatusBadGateway)
}
// (Without an ErrorHandler, ReverseProxy also sends 502.)`),
		Flask: snippet(`
@app.get("/gateway/<path:rest>")
def gateway(rest):
    try:
        up = requests.get(f"{UPSTREAM}/{rest}", timeout=5)
    except requests.Timeout:
        abort(504)
    except requests.RequestException:
        # Refused, reset, or not HTTP: the upstream failed.
        return jsonify(error="Bad answer from upstream."), 502
    return up.content, up.status_code`),
	},
	503: {
		Go: snippet(`
func maintenance(next http.Handler) http.HandlerFunc {
    return func(w http.ResponseWriter, r *http.Request) {
        if down.Load() { // an atomic.Bool, set by the operator
            // Temporary, and we say when to come back.
            w.Header().Set("Retry-After", "120") // seconds
            msg := "down for maintenance"
            http.Error(w, msg, http.StatusServiceUnavailable)
            return
        }
        next.ServeHTTP(w, r)
    }
}`),
		Flask: snippet(`
@app.before_request
def maintenance():
    if app.config.get("MAINTENANCE"):
        # Temporary, and we say when to come back.
        return jsonify(error="Down for maintenance."), 503, {
            "Retry-After": "120",
        }
    # Returning None lets the request through.`),
	},
	504: {
		Go: snippet(`
// proxy.Transport has ResponseHeaderTimeout: 5 * time.Second.
proxy.ErrorHandler = func(w http.ResponseWriter,
    r *http.Request, err error) {
    var ne net.Error
    if errors.As(err, &ne) && ne.Timeout() {
        // It may answer one day, but not in time for us.
        msg := "upstream did not answer in time"
        http.Error(w, msg, http.StatusGatewayTimeout)
        return
    }
    http.Error(w, "bad gateway", http.StatusBadGateway)
}`),
		Flask: snippet(`
@app.get("/gateway/<path:rest>")
def gateway(rest):
    try:
        # Without a timeout, requests would wait forever.
        up = requests.get(f"{UPSTREAM}/{rest}", timeout=5)
    except requests.Timeout:
        return jsonify(error="Upstream too slow."), 504
    except requests.RequestException:
        abort(502)
    return up.content, up.status_code`),
	},
	202: {
		Go: snippet(`
func startExport(w http.ResponseWriter, r *http.Request) {
    job := jobs.Start(exportNotes) // runs in the background
    // Taken on, not done: say where to follow it.
    w.Header().Set("Location", "/jobs/"+job.ID)
    w.Header().Set("Retry-After", "2")
    w.Header().Set("Content-Type", "application/json")
    w.WriteHeader(http.StatusAccepted)
    json.NewEncoder(w).Encode(map[string]string{
        "job": job.ID, "state": "running",
    })
}`),
		Flask: snippet(`
@app.post("/exports")
def start_export():
    job = jobs.start(export_notes)  # runs in the background
    # Taken on, not done: say where to follow it.
    return jsonify(job=job.id, state="running"), 202, {
        "Location": f"/jobs/{job.id}",
        "Retry-After": "2",
    }`),
	},
	303: {
		Go: snippet(`
func getJob(w http.ResponseWriter, r *http.Request) {
    job := jobs.Get(r.PathValue("id"))
    if !job.Done() { // 200 with its state while it runs
        w.Header().Set("Retry-After", "1")
        json.NewEncoder(w).Encode(job.State())
        return
    }
    // Done: the result is another resource; GET it there.
    w.Header().Set("Location", "/exports/"+job.ID)
    w.WriteHeader(http.StatusSeeOther)
}`),
		Flask: snippet(`
@app.get("/jobs/<job_id>")
def get_job(job_id):
    job = find_job(job_id)  # 404 when there is none
    if not job.done:
        return jsonify(state="running"), 200, {"Retry-After": "1"}
    # Done: the result lives elsewhere, fetched with GET.
    return redirect(f"/exports/{job.id}", code=303)`),
	},
	307: {
		Go: snippet(`
// Drafts are stored as notes for now. 307 tells the client
// to send the same POST, body and all, to /notes, and to
// keep using /drafts next time: the move is temporary.
mux.HandleFunc("POST /drafts",
    func(w http.ResponseWriter, r *http.Request) {
        w.Header().Set("Location", "/notes")
        w.WriteHeader(http.StatusTemporaryRedirect)
    })`),
		Flask: snippet(`
@app.post("/drafts")
def drafts():
    # Drafts are notes for now: send this same POST, with its
    # body, to /notes, and come back here next time.
    return redirect("/notes", code=307)`),
	},
	308: {
		Go: snippet(`
// v1 is retired for good. 308 keeps the method and body (a
// 301 may come back as a GET), and clients may update the
// address they keep.
mux.HandleFunc("POST /v1/notes",
    func(w http.ResponseWriter, r *http.Request) {
        w.Header().Set("Location", "/notes")
        w.WriteHeader(http.StatusPermanentRedirect)
    })`),
		Flask: snippet(`
@app.post("/v1/notes")
def v1_notes():
    # Retired for good: send this same POST, with its body,
    # to /notes from now on.
    return redirect("/notes", code=308)`),
	},
	405: {
		Go: snippet(`
func notes(w http.ResponseWriter, r *http.Request) {
    switch r.Method {
    case http.MethodGet, http.MethodHead:
        listNotes(w, r)
    case http.MethodPost:
        createNote(w, r)
    default: // a 405 must list what the path does allow
        w.Header().Set("Allow", "GET, HEAD, POST")
        w.WriteHeader(http.StatusMethodNotAllowed)
    }
}
// ServeMux does this itself for "GET /notes"-style patterns.`),
		Flask: snippet(`
@app.route("/notes", methods=["GET", "POST"])
def notes():
    if request.method == "POST":
        return create_note()
    return list_notes()
# DELETE /notes: Flask answers 405 itself, and its Allow
# lists GET and POST, and the HEAD and OPTIONS it adds.`),
	},
	406: {
		Go: snippet(`
// acceptsJSON is true with no Accept at all, or with */*,
// application/* or application/json not given q=0.
if !acceptsJSON(r.Header.Get("Accept")) {
    // We only speak JSON, and the client ruled it out.
    msg := "available as application/json only"
    http.Error(w, msg, http.StatusNotAcceptable)
    return
}
w.Header().Set("Vary", "Accept")`),
		Flask: snippet(`
@app.get("/notes/<int:note_id>")
def get_note(note_id):
    accept = request.accept_mimetypes
    # No Accept header at all means anything will do.
    if accept.provided and not accept.best_match(
            ["application/json"]):
        abort(406, description="Only JSON is available.")
    return jsonify(find_note(note_id).to_dict())`),
	},
	410: {
		Go: snippet(`
n, ok := store.Note(id)
if !ok {
    if store.WasDeleted(id) {
        // It existed, and it is gone for good.
        msg := "that note was deleted"
        http.Error(w, msg, http.StatusGone)
    } else {
        http.Error(w, "no such note", http.StatusNotFound)
    }
    return
}`),
		Flask: snippet(`
@app.get("/notes/<int:note_id>")
def get_note(note_id):
    if store.was_deleted(note_id):
        # It was here and is not coming back.
        abort(410, description="That note was deleted.")
    note = store.get_note(note_id) or abort(404)
    return jsonify(note.to_dict())`),
	},
	412: {
		Go: snippet(`
// If-Match compares strongly; no If-Match at all was 428.
// (A full check also splits a list and allows *.)
if r.Header.Get("If-Match") != n.ETag() {
    // It changed since the client read it: refuse rather
    // than overwrite a change the client has not seen.
    w.Header().Set("ETag", n.ETag())
    msg := "stale ETag: read the note again"
    http.Error(w, msg, http.StatusPreconditionFailed)
    return
}`),
		Flask: snippet(`
@app.put("/notes/<int:note_id>")
def put_note(note_id):
    note = find_own_note(note_id)
    etag = f"n{note.id}-v{note.version}"
    # No If-Match at all was a 428 above.
    if not request.if_match.contains(etag):  # strong match
        # Changed since the client read it: do not overwrite.
        return jsonify(error="Stale ETag."), 412, {
            "ETag": f'"{etag}"',
        }
    ...`),
	},
	415: {
		Go: snippet(`
ct := r.Header.Get("Content-Type")
media, _, _ := mime.ParseMediaType(ct)
if media != "application/json" {
    // Say which media type this resource does take.
    w.Header().Set("Accept", "application/json")
    msg := "send the body as application/json"
    http.Error(w, msg, http.StatusUnsupportedMediaType)
    return
}`),
		Flask: snippet(`
@app.post("/users")
def create_user():
    # (request.get_json() would also refuse it, with 415.)
    if not request.is_json:
        return jsonify(error="Send JSON."), 415, {
            "Accept": "application/json",
        }
    data = request.get_json()
    ...`),
	},
	428: {
		Go: snippet(`
func putNote(w http.ResponseWriter, r *http.Request) {
    if r.Header.Get("If-Match") == "" {
        // Updates must be conditional, so that no one
        // overwrites a change they have not seen.
        msg := "send If-Match with the note's ETag"
        http.Error(w, msg, http.StatusPreconditionRequired)
        return
    }
    // ... then compare it with the ETag: 412 when stale
}`),
		Flask: snippet(`
@app.put("/notes/<int:note_id>")
def put_note(note_id):
    if "If-Match" not in request.headers:
        # Updates must say which version they replace.
        return jsonify(error="Send If-Match: the ETag."), 428
    ...`),
	},
	413: {
		Go: snippet(`
// Read at most 64 KB of any body; past that, Read fails.
r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
err := json.NewDecoder(r.Body).Decode(&in)
var tooBig *http.MaxBytesError
if errors.As(err, &tooBig) {
    // Go's name is older; RFC 9110 says Content Too Large.
    msg := "bodies are limited to 64 KB"
    http.Error(w, msg, http.StatusRequestEntityTooLarge)
    return
}`),
		Flask: snippet(`
# Flask answers 413 itself once a view reads a larger
# body (request.get_json(), .data, .form, .files).
app.config["MAX_CONTENT_LENGTH"] = 64 * 1024

@app.errorhandler(413)
def too_large(err):
    return jsonify(error="Bodies are limited to 64 KB."), 413`),
	},
	431: {
		Go: snippet(`
// net/http answers 431 itself, before any handler runs,
// when the request line and headers pass MaxHeaderBytes
// (plus a few KB of slack). The default is 1 MB.
srv := &http.Server{
    Addr:           ":8080",
    Handler:        mux,
    MaxHeaderBytes: 8 << 10,
}
log.Fatal(srv.ListenAndServe())`),
		Flask: snippet(`
# Oversized headers never reach Flask: the WSGI server
# answers 431 first (gunicorn since 21.0; older ones, 400).
# In gunicorn.conf.py, these are the defaults:
#     limit_request_field_size = 8190  # bytes per field
#     limit_request_fields = 100       # fields per request
# A rule of your own can still answer it from the app:
@app.before_request
def small_cookies():
    if len(request.headers.get("Cookie", "")) > 4096:
        return jsonify(error="Cookie header too large."), 431`),
	},
}
