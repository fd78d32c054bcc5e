// Command filldb writes a progress database with many answers, for the
// benchmarks: answers spread over the catalogue's codes and a year of days,
// written in one transaction, then the running totals rebuilt from them.
//
//	filldb -answers 1000000 -db /tmp/big.db
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
)

func main() {
	n := flag.Int("answers", 1_000_000, "answers to write")
	path := flag.String("db", "", "database file to create (must not exist)")
	flag.Parse()
	if *path == "" {
		fmt.Fprintln(os.Stderr, "usage: filldb -answers N -db FILE")
		os.Exit(2)
	}
	if err := fill(*path, *n); err != nil {
		fmt.Fprintln(os.Stderr, "filldb:", err)
		os.Exit(1)
	}
}

func fill(path string, n int) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists; remove it first", path)
	}
	ctx := context.Background()
	s, err := store.Open(path) // creates the schema
	if err != nil {
		return err
	}
	b, err := content.LoadBuiltin()
	if err != nil {
		return err
	}
	var codes []int
	for _, e := range b.Catalogue.Codes() {
		if e.Answerable() {
			codes = append(codes, e.Code)
		}
	}
	// A review card for every code, through the ordinary path.
	now := time.Now()
	for _, c := range codes {
		a := store.Answer{At: now.AddDate(0, 0, -3), Mode: "practice", QuestionID: "seed", Kind: "pick",
			Asked: c, Chosen: c, Verdict: "right", Correct: true, Elapsed: 5 * time.Second}
		if err := s.Record(ctx, a, quiz.Good, true); err != nil {
			return err
		}
	}
	s.Close()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(OFF)")
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	stmt, err := tx.Prepare(`INSERT INTO answers (answered_at, mode, question_id, kind, code_asked, code_chosen,
		verdict, correct, response_ms, retry) VALUES (?, 'practice', ?, 'pick', ?, ?, ?, ?, ?, 0)`)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(1, 2))
	start := now.AddDate(-1, 0, 0).UnixMilli()
	span := now.UnixMilli() - start
	for i := range n {
		asked := codes[rng.IntN(len(codes))]
		chosen, verdict, correct := asked, "right", 1
		if rng.IntN(4) == 0 {
			chosen, verdict, correct = codes[rng.IntN(len(codes))], "wrong", 0
			if chosen == asked {
				verdict, correct = "right", 1
			}
		}
		at := start + rng.Int64N(span)
		if _, err := stmt.Exec(at, fmt.Sprintf("q%d", i%300), asked, chosen, verdict, correct, 2000+rng.IntN(20000)); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s, err = store.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.RebuildTotals(ctx)
}
