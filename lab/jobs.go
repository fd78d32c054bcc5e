package lab

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// job is an export that takes a while: 202 when it starts, 200 with its
// state while it runs, then 303 to the result.
type job struct {
	ID      int
	Started time.Time
	Notes   int
}

func (l *Lab) startExport(w http.ResponseWriter, _ *http.Request) {
	l.mu.Lock()
	j := &job{ID: l.id("job"), Started: l.now(), Notes: len(l.notes)}
	l.jobs[j.ID] = j
	l.mu.Unlock()
	w.Header().Set("Location", fmt.Sprintf("/jobs/%d", j.ID))
	w.Header().Set("Retry-After", strconv.Itoa(int(JobTime/time.Second)))
	send(w, http.StatusAccepted, map[string]any{"job": j.ID, "state": "running", "poll": fmt.Sprintf("/jobs/%d", j.ID)})
}

// job finds a job by the request's id, answering 404 itself.
func (l *Lab) job(w http.ResponseWriter, r *http.Request) (job, bool) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	l.mu.Lock()
	j, ok := l.jobs[id]
	l.mu.Unlock()
	if !ok {
		problem(w, http.StatusNotFound, "No job has that id.")
		return job{}, false
	}
	return *j, true
}

func (l *Lab) done(j job) bool { return l.now().Sub(j.Started) >= JobTime }

func (l *Lab) getJob(w http.ResponseWriter, r *http.Request) {
	j, ok := l.job(w, r)
	if !ok {
		return
	}
	if !l.done(j) {
		w.Header().Set("Retry-After", "1")
		send(w, http.StatusOK, map[string]any{"job": j.ID, "state": "running"})
		return
	}
	// The job's resource is the job; its result is another resource, which
	// the client fetches with GET wherever 303 points.
	w.Header().Set("Location", fmt.Sprintf("/exports/%d", j.ID))
	w.WriteHeader(http.StatusSeeOther)
}

func (l *Lab) getExport(w http.ResponseWriter, r *http.Request) {
	j, ok := l.job(w, r)
	if !ok || !l.done(j) {
		if ok {
			problem(w, http.StatusNotFound, "This export is not ready yet: poll its job.")
		}
		return
	}
	send(w, http.StatusOK, map[string]any{"export": j.ID, "notes": j.Notes})
}
