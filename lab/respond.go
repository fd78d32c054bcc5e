package lab

import (
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"strings"
)

// send writes v as JSON with a status.
func send(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// problem writes an RFC 9457 problem document: the status, its name and
// what went wrong, in words a learner can act on.
func problem(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"type": "about:blank", "status": status, "title": http.StatusText(status), "detail": detail,
	})
}

// errBadBody says a body was refused; read has already answered.
var errBadBody = errors.New("refused body")

// read decodes a JSON body into v, answering 415 for another media type,
// 413 for a body over MaxBody and 400 for JSON that does not parse.
func read(w http.ResponseWriter, r *http.Request, v any) error {
	media, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if media != "application/json" {
		w.Header().Set("Accept", "application/json")
		if r.Method == http.MethodPatch {
			w.Header().Set("Accept-Patch", "application/json")
		}
		problem(w, http.StatusUnsupportedMediaType, "Send the body as JSON, with Content-Type: application/json.")
		return errBadBody
	}
	err := json.NewDecoder(r.Body).Decode(v)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		problem(w, http.StatusRequestEntityTooLarge, "The body is larger than the lab reads (64 KB).")
		return errBadBody
	case err != nil:
		problem(w, http.StatusBadRequest, "The body is not valid JSON: "+strings.TrimPrefix(err.Error(), "json: "))
		return errBadBody
	}
	return nil
}
