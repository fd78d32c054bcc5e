package lab

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Entry is one request as the lab's log keeps it.
type Entry struct {
	Time   time.Time
	Client string // the client's address, without its port
	Method string
	Path   string // as sent, query included
	Proto  string
	Status int
	Bytes  int
	// Bookkeeping is a request that looked after the lab (the quest list, a
	// reset) rather than played in it: it meets no quest.
	Bookkeeping bool
}

// recorder remembers the status and size a handler wrote.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

// guard wraps every route: it refuses oversized headers (431) and caps the
// body (413 when a handler reads past MaxBody), turns a panic into a logged
// 500, and reports each request once answered.
func (l *Lab) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
					panic(v)
				}
				l.log.Error("a handler failed", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
				if rec.status == 0 {
					problem(rec, http.StatusInternalServerError, "The handler failed. The lab recovered and logged it; nothing you sent was wrong.")
				}
			}
			l.report(r, rec)
		}()
		if headerBytes(r) > MaxHeader {
			problem(rec, http.StatusRequestHeaderFieldsTooLarge, fmt.Sprintf("The request's header fields come to more than %d bytes.", MaxHeader))
			return
		}
		r.Body = http.MaxBytesReader(rec, r.Body, MaxBody)
		next.ServeHTTP(rec, r)
	})
}

// headerBytes is about what the header section took on the wire.
func headerBytes(r *http.Request) int {
	n := len(r.Method) + len(r.RequestURI) + len(r.Proto) + 4
	for name, values := range r.Header {
		for _, v := range values {
			n += len(name) + len(v) + 4
		}
	}
	return n
}

// bookkeeping are the routes that look after the lab rather than play in it:
// asking which quests are met, or resetting, must not meet the 200 or 204
// quest. The mux sets r.Pattern on the way in, so report can read it.
var bookkeeping = map[string]bool{"GET /quests": true, "POST /reset": true}

func (l *Lab) report(r *http.Request, rec *recorder) {
	if rec.status == 0 {
		rec.status = http.StatusOK // a handler that wrote nothing sent 200
	}
	keeping := bookkeeping[r.Pattern]
	if !keeping {
		l.mu.Lock()
		if _, ok := l.seen[rec.status]; !ok {
			l.seen[rec.status] = l.now()
		}
		l.mu.Unlock()
	}
	if l.observe == nil {
		return
	}
	client := clientOf(r)
	l.observe(Entry{Time: l.now(), Client: client, Method: r.Method, Path: r.URL.RequestURI(), Proto: r.Proto,
		Status: rec.status, Bytes: rec.bytes, Bookkeeping: keeping})
}
