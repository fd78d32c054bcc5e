package round

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
)

// TestRecorderKeepsBoth: every answer goes to the progress database and to
// the results file as it is given.
func TestRecorderKeepsBoth(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "results.csv")
	lazy := store.NewLazy(filepath.Join(dir, "progress.db"))
	defer lazy.Close()
	c := newClock()
	p := start(t, Timed(2, Limits{PerQuestion: 10 * time.Second}, out), c)
	rec := NewRecorder(p, lazy, "v-test")
	for i := range 2 {
		p.Open()
		c.pass(2 * time.Second)
		r, err := p.Answer(right(p))
		must(t, err)
		if saved, err := rec.Record(i+1, r, p.ClosedAt()); !saved || err != nil {
			t.Fatalf("answer %d: saved %v, %v", i+1, saved, err)
		}
		p.Next()
	}
	must(t, rec.End(p.Summary(), c.now))
	s, err := lazy.Get()
	must(t, err)
	answers, rounds, err := s.Counts(context.Background())
	if err != nil || answers != 2 || rounds != 1 {
		t.Fatalf("%d answers in %d rounds (%v)", answers, rounds, err)
	}
	f, err := os.Open(out)
	must(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) != 3 || rows[1][0] != "77" || rows[2][2] != "v-test" || rows[2][10] == "0" {
		t.Fatalf("results file %v %v", rows, err)
	}
}

// TestRecorderFailsOnce: a database that cannot be used is reported once;
// the round goes on and nothing is written into the file.
func TestRecorderFailsOnce(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "notes.txt")
	must(t, os.WriteFile(bad, []byte(strings.Repeat("not a database\n", 400)), 0o600))
	c := newClock()
	p := start(t, Practice(3, "", false), c)
	rec := NewRecorder(p, store.NewLazy(bad), "v")
	var errs int
	for i := range 3 {
		p.Open()
		r, err := p.Answer(right(p))
		must(t, err)
		if saved, err := rec.Record(i+1, r, c.now); saved || err != nil && !strings.HasPrefix(err.Error(), "not saving progress: ") {
			t.Fatalf("saved %v, %v", saved, err)
		} else if err != nil {
			errs++
		}
		p.Next()
	}
	if errs != 1 {
		t.Errorf("%d failures reported, want 1", errs)
	}
	if data, _ := os.ReadFile(bad); !strings.HasPrefix(string(data), "not a database") {
		t.Fatal("the file was changed")
	}
}

// TestNoProgressWritesNothing: a recorder without a database, or one whose
// database is never used, creates no file.
func TestNoProgressWritesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	lazy := store.NewLazy(path)
	p := start(t, Practice(1, "", false), newClock())
	rec := NewRecorder(p, lazy, "v")
	must(t, rec.End(p.Summary(), time.Now())) // nothing answered
	must(t, lazy.Close())
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("a round with no answers created %s (%v)", path, err)
	}
	var none *Recorder
	if saved, err := none.Record(1, quiz.Result{}, time.Now()); saved || err != nil {
		t.Fatal("a nil recorder keeps nothing")
	}
}
