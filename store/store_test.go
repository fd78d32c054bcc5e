package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
)

var ctx = context.Background()

// TestMain lets the test binary act as a second process writing answers, for
// the concurrency test: STORE_TEST_WRITER=path:count:code.
func TestMain(m *testing.M) {
	if spec := os.Getenv("STORE_TEST_WRITER"); spec != "" {
		os.Exit(writer(spec))
	}
	os.Exit(m.Run())
}

func writer(spec string) int {
	parts := strings.Split(spec, ":")
	n, _ := strconv.Atoi(parts[1])
	code, _ := strconv.Atoi(parts[2])
	s, err := Open(parts[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer s.Close()
	for i := range n {
		a := Answer{At: time.Now(), Mode: "practice", QuestionID: fmt.Sprintf("w%d-%d", code, i), Kind: "pick",
			Asked: code, Chosen: code, Verdict: "right", Correct: true, Elapsed: time.Second}
		if err := s.Record(ctx, a, quiz.Good, true); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	return 0
}

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "sub", "progress.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func answer(asked, chosen int, at time.Time) Answer {
	return Answer{At: at, Mode: "practice", QuestionID: "q", Kind: "pick", Asked: asked, Chosen: chosen,
		Verdict: map[bool]string{true: "right", false: "wrong"}[asked == chosen], Correct: asked == chosen,
		Elapsed: 4 * time.Second}
}

func TestOpenCreatesSchema(t *testing.T) {
	s := open(t)
	var version, appID int
	s.db.QueryRow("PRAGMA user_version").Scan(&version)
	s.db.QueryRow("PRAGMA application_id").Scan(&appID)
	if version != SchemaVersion || appID != applicationID {
		t.Fatalf("user_version %d application_id %x", version, appID)
	}
	var mode string
	s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal mode %q, want wal", mode)
	}
	info, err := os.Stat(filepath.Dir(s.Path()))
	if err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("the directory should be private: %v %v", info.Mode(), err)
	}
	if info, err := os.Stat(s.Path()); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("the file should be private: %v %v", info.Mode(), err)
	}
	// Opening again is a no-op.
	s2, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
}

// TestMigrationFromVersion1 builds a database as the first schema left it,
// with answers in it, and checks that opening it fills the running totals.
func TestMigrationFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{migrations[0], "PRAGMA user_version = 1", fmt.Sprintf("PRAGMA application_id = %d", applicationID)}
	for i, code := range []int{401, 401, 403} {
		chosen := code
		if i == 1 {
			chosen = 403
		}
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO answers (answered_at, mode, question_id, kind, code_asked,
			code_chosen, verdict, correct, response_ms) VALUES (%d, 'practice', 'q', 'pick', %d, %d, 'x', %d, 1000)`,
			time.Now().UnixMilli(), code, chosen, boolInt(code == chosen)))
	}
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if st.Total != (Tally{3, 2}) || len(st.Confusions) != 1 || st.Confusions[0] != (ConfusionTally{401, 403, 1}) {
		t.Fatalf("after migrating: %+v", st)
	}
	if st.StreakDays != 1 || len(st.Days) != 1 {
		t.Errorf("days %+v streak %d", st.Days, st.StreakDays)
	}
}

func TestRecordAndStats(t *testing.T) {
	s := open(t)
	now := time.Now()
	yesterday := now.AddDate(0, 0, -1)
	round, err := s.StartRound(ctx, Round{Mode: "practice", Seed: 1 << 63, DeckHash: "abc", Version: "test", Started: yesterday})
	if err != nil {
		t.Fatal(err)
	}
	records := []Answer{answer(401, 403, yesterday), answer(401, 403, yesterday), answer(401, 401, now),
		answer(200, 200, now), answer(200, 200, now), answer(502, 504, now)}
	for _, a := range records {
		a.Round = round
		rating := quiz.Good
		if !a.Correct {
			rating = quiz.Again
		}
		if err := s.Record(ctx, a, rating, true); err != nil {
			t.Fatal(err)
		}
	}
	class := answer(404, 500, now)
	class.Kind = "class"
	if err := s.Record(ctx, class, 0, false); err != nil {
		t.Fatal(err)
	}
	if err := s.EndRound(ctx, round, quiz.Summary{Score: 300, Answered: 7, Right: 3}, now); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	if st.Total != (Tally{7, 3}) {
		t.Errorf("total %+v", st.Total)
	}
	if st.Confusions[0] != (ConfusionTally{401, 403, 2}) || len(st.Confusions) != 2 {
		t.Errorf("confusions %+v (class questions must not count)", st.Confusions)
	}
	if st.Codes[0].Code != 404 || st.Codes[len(st.Codes)-1].Code != 200 {
		t.Errorf("codes should run weakest first: %+v", st.Codes)
	}
	if len(st.Classes) != 3 || st.Classes[1] != (CodeTally{400, Tally{4, 1}}) {
		t.Errorf("classes %+v", st.Classes)
	}
	if st.StreakDays != 2 || len(st.Days) != 2 {
		t.Errorf("streak %d, days %+v", st.StreakDays, st.Days)
	}
	cards, err := s.Cards(ctx)
	if err != nil || len(cards) != 3 {
		t.Fatalf("cards %+v %v", cards, err)
	}
	for _, c := range cards {
		// 401: missed (FSRS's first review), missed on the relearning step,
		// then right, which ends the step. 502: missed just now, relearning.
		if c.Code == 401 && (c.Reps != 1 || c.Lapses != 0 || c.Relearning) || c.Code == 502 && !c.Relearning {
			t.Errorf("%d's card %+v", c.Code, c)
		}
	}
	if st.Review.Cards != 3 || st.Review.DueNow != 0 {
		t.Errorf("forecast %+v", st.Review)
	}
	var seed string
	s.db.QueryRow("SELECT seed FROM sessions").Scan(&seed)
	if seed != "9223372036854775808" {
		t.Errorf("a 64-bit seed must survive: %s", seed)
	}
}

func TestStreak(t *testing.T) {
	now := time.Date(2026, 4, 10, 12, 0, 0, 0, time.Local)
	days := func(ds ...string) []DayTally {
		var out []DayTally
		for _, d := range ds {
			out = append(out, DayTally{Day: d})
		}
		return out
	}
	for _, tc := range []struct {
		days []DayTally
		want int
	}{
		{days(), 0},
		{days("2026-04-10"), 1},
		{days("2026-04-08", "2026-04-09", "2026-04-10"), 3},
		{days("2026-04-08", "2026-04-09"), 2}, // not yet today: still alive
		{days("2026-04-07", "2026-04-08"), 0},
		{days("2026-04-05", "2026-04-09", "2026-04-10"), 2},
	} {
		if got := streak(tc.days, now); got != tc.want {
			t.Errorf("streak(%v) = %d, want %d", tc.days, got, tc.want)
		}
	}
}

// TestTwoWriters runs two processes writing 1,000 answers each into one file at
// the same time: every answer must be there.
func TestTwoWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = 1000
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, code := range []int{401, 403} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), fmt.Sprintf("STORE_TEST_WRITER=%s:%d:%d", path, n, code))
			out, err := cmd.CombinedOutput()
			if err != nil {
				errs[i] = fmt.Errorf("writer %d: %v: %s", code, err, out)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	answers, _, err := s.Counts(ctx)
	if err != nil || answers != 2*n {
		t.Fatalf("%d answers stored, want %d (%v)", answers, 2*n, err)
	}
	st, _ := s.Stats(ctx, time.Now())
	if st.Total.Answered != 2*n {
		t.Errorf("totals say %d", st.Total.Answered)
	}
	cards, _ := s.Cards(ctx)
	for _, c := range cards {
		if c.Reps != n {
			t.Errorf("card %d has %d reviews, want %d", c.Code, c.Reps, n)
		}
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	foreign := filepath.Join(dir, "foreign.db")
	db, _ := sql.Open("sqlite", "file:"+foreign)
	if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	newer := filepath.Join(dir, "newer.db")
	db, _ = sql.Open("sqlite", "file:"+newer)
	db.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 99", applicationID))
	db.Close()
	damaged := corruptDatabase(t, dir)
	onePage := damagedPage(t, dir)
	truncated := truncatedDatabase(t, dir)
	for _, tc := range []struct{ name, path, want string }{
		{"text file", write("notes.txt", []byte(strings.Repeat("not a database\n", 300))), "is not an httpquiz database"},
		{"random bytes", write("random.db", []byte(strings.Repeat("\x00\xff\x13", 2000))), "is not an httpquiz database"},
		{"another program's", foreign, "belongs to another program"},
		{"newer schema", newer, "was written by a newer httpquiz (schema 99"},
		{"damaged", damaged, "is damaged"},
		{"one page damaged", onePage, "is damaged, and httpquiz will not write to it"},
		{"truncated", truncated, "is damaged"},
		{"a directory", dir, "is a directory"},
		{"under a file", filepath.Join(write("plain", []byte("x")), "progress.db"), "cannot create its directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := os.ReadFile(tc.path)
			s, err := Open(tc.path)
			if err == nil {
				_, err = s.Stats(ctx, time.Now())
				s.Close()
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %v, want one line containing %q", err, tc.want)
			}
			if after, _ := os.ReadFile(tc.path); string(after) != string(before) {
				t.Error("the file was changed")
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(tc.path + suffix); err == nil {
					t.Errorf("%s was left beside the refused file", filepath.Base(tc.path+suffix))
				}
			}
		})
	}
}

// corruptDatabase writes a real httpquiz database with data in it and then
// overwrites part of its pages with garbage.
func corruptDatabase(t *testing.T, dir string) string {
	path := filepath.Join(dir, "damaged.db")
	data := filled(t, path, 300)
	for i := 4096; i < len(data); i++ {
		data[i] = byte(i * 7)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// filled writes a real httpquiz database with answers in it, all in the
// main file.
func filled(t *testing.T, path string, answers int) []byte {
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range answers {
		a := answer(400+i%30, 400, time.Now())
		a.QuestionID = strings.Repeat("q", 60) + strconv.Itoa(i) // fill pages
		if err := s.Record(ctx, a, quiz.Good, true); err != nil {
			t.Fatal(err)
		}
	}
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	s.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// damagedPage overwrites one page in the middle of a valid database: the
// numbers stats reads may all still be there.
func damagedPage(t *testing.T, dir string) string {
	path := filepath.Join(dir, "page.db")
	data := filled(t, path, 600)
	const page = 4096
	mid := (len(data) / page / 2) * page
	for i := mid; i < mid+page; i++ {
		data[i] = byte(i*13 + 5)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// truncatedDatabase cuts a valid database in half, as a failed copy would.
func truncatedDatabase(t *testing.T, dir string) string {
	path := filepath.Join(dir, "truncated.db")
	data := filled(t, path, 600)
	if err := os.WriteFile(path, data[:len(data)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPathsAreNotURIs opens databases whose names hold URI syntax: each
// lands in a file of exactly that name, private to its owner, and the
// foreign f.db beside them is not touched.
func TestPathsAreNotURIs(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "f.db")
	db, _ := sql.Open("sqlite", "file:"+foreign)
	if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	original, _ := os.ReadFile(foreign)
	for _, name := range []string{"f.db#z.db", "f.db?mode=memory", "q.db?mode=memory", "h#x.db", "100%.db", "%66.db", "with space ü.db"} {
		path := filepath.Join(dir, name)
		s, err := Open(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := s.Record(ctx, answer(404, 404, time.Now()), quiz.Good, true); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s.Close()
		info, err := os.Stat(path)
		if err != nil || info.Mode().Perm() != 0o600 {
			t.Fatalf("%s: %v, mode %v", name, err, info.Mode())
		}
		s, err = Open(path)
		if err != nil {
			t.Fatal(err)
		}
		st, err := s.Stats(ctx, time.Now())
		s.Close()
		if err != nil || st.Total.Answered != 1 {
			t.Errorf("%s: reopened, %+v, %v", name, st.Total, err)
		}
	}
	if after, _ := os.ReadFile(foreign); string(after) != string(original) {
		t.Error("the foreign f.db was changed")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "f") && e.Name() != "f.db" && !strings.HasPrefix(e.Name(), "f.db#z.db") && !strings.HasPrefix(e.Name(), "f.db?mode=memory") {
			t.Errorf("unexpected file %q", e.Name())
		}
	}
}

func TestReadOnlyDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions do not stop root, so a read-only directory cannot be simulated")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o500)
	_, err := Open(filepath.Join(dir, "progress.db"))
	if err == nil || strings.Contains(err.Error(), "\n") {
		t.Fatalf("want a one-line error, got %v", err)
	}
}

func TestExport(t *testing.T) {
	s := open(t)
	day1 := time.Date(2026, 2, 1, 10, 0, 0, 0, time.UTC)
	day2 := day1.AddDate(0, 0, 3)
	for _, a := range []Answer{answer(401, 403, day1), answer(404, 404, day2)} {
		if err := s.Record(ctx, a, quiz.Good, true); err != nil {
			t.Fatal(err)
		}
	}
	var csvOut, jsonOut, since, empty strings.Builder
	s.Export(ctx, &csvOut, "csv", time.Time{})
	want := "time,round,mode,question_id,kind,code_asked,code_chosen,correct,verdict,response_ms,retry\n" +
		"2026-02-01T10:00:00Z,,practice,q,pick,401,403,false,wrong,4000,0\n" +
		"2026-02-04T10:00:00Z,,practice,q,pick,404,404,true,right,4000,0\n"
	if csvOut.String() != want {
		t.Errorf("csv:\n%s\nwant:\n%s", csvOut.String(), want)
	}
	s.Export(ctx, &jsonOut, "json", time.Time{})
	if !strings.HasPrefix(jsonOut.String(), "[\n  {\"time\":\"2026-02-01T10:00:00Z\",\"round\":null") || strings.Count(jsonOut.String(), "\"time\"") != 2 {
		t.Errorf("json:\n%s", jsonOut.String())
	}
	s.Export(ctx, &since, "csv", day1.AddDate(0, 0, 1))
	if strings.Count(since.String(), "\n") != 2 || !strings.Contains(since.String(), ",404,") {
		t.Errorf("since:\n%s", since.String())
	}
	s.Export(ctx, &empty, "json", day2.AddDate(0, 0, 1))
	if empty.String() != "[]\n" {
		t.Errorf("no rows: %q", empty.String())
	}
	if err := s.Export(ctx, &empty, "xml", time.Time{}); err == nil {
		t.Error("an unknown format was accepted")
	}
}

func TestReset(t *testing.T) {
	s := open(t)
	for range 5 {
		s.Record(ctx, answer(401, 403, time.Now()), quiz.Again, true)
	}
	if n, _, _ := s.Counts(ctx); n != 5 {
		t.Fatalf("%d answers before reset", n)
	}
	if err := s.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	n, rounds, _ := s.Counts(ctx)
	st, _ := s.Stats(ctx, time.Now())
	cards, _ := s.Cards(ctx)
	if n != 0 || rounds != 0 || st.Total.Answered != 0 || len(cards) != 0 {
		t.Fatalf("after reset: %d answers, stats %+v, %d cards", n, st.Total, len(cards))
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv(EnvVar, "")
	t.Setenv("XDG_STATE_HOME", "/tmp/state")
	if p, _ := DefaultPath(); p != "/tmp/state/httpquiz/progress.db" {
		t.Errorf("XDG: %s", p)
	}
	t.Setenv("XDG_STATE_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/ada")
	if p, _ := DefaultPath(); p != "/home/ada/.local/state/httpquiz/progress.db" {
		t.Errorf("home: %s", p)
	}
	t.Setenv(EnvVar, "/x/y.db")
	if p, _ := DefaultPath(); p != "/x/y.db" {
		t.Errorf("env: %s", p)
	}
}

func TestRebuildTotals(t *testing.T) {
	s := open(t)
	now := time.Now()
	for _, a := range []Answer{answer(401, 403, now), answer(401, 401, now), answer(502, 504, now.AddDate(0, 0, -1))} {
		s.Record(ctx, a, quiz.Good, true)
	}
	before, _ := s.Stats(ctx, now)
	s.db.Exec("DELETE FROM code_totals; DELETE FROM day_totals; DELETE FROM confusion_totals")
	if err := s.RebuildTotals(ctx); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Stats(ctx, now)
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Fatalf("rebuilt totals differ:\n%+v\n%+v", before, after)
	}
}

// TestLazyCloseWithoutUse: closing a store nobody used must not create it.
func TestLazyCloseWithoutUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "progress.db")
	l := NewLazy(path)
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !os.IsNotExist(err) {
		t.Fatalf("Close created %s (%v)", filepath.Dir(path), err)
	}
	if _, err := l.Get(); err == nil {
		t.Fatal("a closed store must not open")
	}
	used := NewLazy(path)
	if _, err := used.Get(); err != nil {
		t.Fatal(err)
	}
	if err := used.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestLabProgress: a quest keeps the first time it was met, and the last
// lab's address is the newest one recorded.
func TestLabProgress(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	first := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	if _, ok, err := s.LastLab(ctx); ok || err != nil {
		t.Fatalf("a new store has a last lab: %v %v", ok, err)
	}
	for i, code := range []int{409, 201, 409} {
		if err := s.MeetQuest(ctx, code, first.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	met, err := s.MetQuests(ctx)
	if err != nil || len(met) != 2 || !met[409].Equal(first) {
		t.Fatalf("met %v, %v", met, err)
	}
	_ = s.StartLab(ctx, "http://127.0.0.1:8080", first)
	_ = s.StartLab(ctx, "http://127.0.0.1:9000", first)
	if url, ok, _ := s.LastLab(ctx); !ok || url != "http://127.0.0.1:9000" {
		t.Errorf("last lab %q", url)
	}
	if err := s.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	if met, _ := s.MetQuests(ctx); len(met) != 0 {
		t.Errorf("reset kept %v", met)
	}
}

// TestLabMisses: a code counts as missed in the lab when its last answer to
// a lab question was wrong; answers to other questions do not count.
func TestLabMisses(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	at := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	for i, a := range []struct {
		id      string
		code    int
		correct bool
	}{
		{"lab-register-taken", 409, false},
		{"lab-me-anonymous", 401, false},
		{"lab-me-anonymous", 401, true}, // right since: not missed
		{"lab-list-notes", 200, true},
		{"api-duplicate-email", 422, false}, // not a lab question
		{"laboratory-1", 404, false},        // nor is this: the prefix is "lab-"
		{"lab-notes-conditional", 304, true},
		{"lab-notes-conditional", 304, false},
	} {
		ans := Answer{At: at.Add(time.Duration(i) * time.Second), Mode: "lab", QuestionID: a.id, Kind: "scenario",
			Asked: a.code, Chosen: a.code, Verdict: "right", Correct: a.correct}
		if !a.correct {
			ans.Chosen, ans.Verdict = 400, "wrong"
		}
		if err := s.Record(ctx, ans, quiz.Good, true); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.LabMisses(ctx, "lab-")
	if err != nil || fmt.Sprint(got) != "[304 409]" {
		t.Fatalf("missed in the lab: %v, %v; want [304 409]", got, err)
	}
	if _, err := s.LabMisses(ctx, ""); err == nil {
		t.Error("an empty prefix would match every answer")
	}
}
