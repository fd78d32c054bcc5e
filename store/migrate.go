package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema's history, oldest first: migration i brings the
// database from user_version i to i+1. Never edit one that has shipped; add
// the next instead.
var migrations = []string{
	// 1: answers, review state and rounds.
	`CREATE TABLE sessions (
		id INTEGER PRIMARY KEY,
		mode TEXT NOT NULL,
		seed TEXT NOT NULL,
		deck_hash TEXT NOT NULL,
		version TEXT NOT NULL,
		started_at INTEGER NOT NULL,
		ended_at INTEGER,
		score INTEGER NOT NULL DEFAULT 0,
		answered INTEGER NOT NULL DEFAULT 0,
		correct INTEGER NOT NULL DEFAULT 0
	);
	CREATE TABLE answers (
		id INTEGER PRIMARY KEY,
		session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
		answered_at INTEGER NOT NULL,
		mode TEXT NOT NULL,
		question_id TEXT NOT NULL,
		kind TEXT NOT NULL,
		code_asked INTEGER NOT NULL,
		code_chosen INTEGER NOT NULL,
		verdict TEXT NOT NULL,
		correct INTEGER NOT NULL,
		response_ms INTEGER NOT NULL,
		retry INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX answers_by_time ON answers(answered_at);
	CREATE TABLE review_state (
		code INTEGER PRIMARY KEY,
		stability REAL NOT NULL,
		difficulty REAL NOT NULL,
		due INTEGER NOT NULL,
		last_review INTEGER NOT NULL,
		reps INTEGER NOT NULL,
		lapses INTEGER NOT NULL
	);`,

	// 2: running totals, kept up to date with every answer, so that stats cost
	// the same with a million answers as with ten. Filled from the answers.
	`CREATE TABLE code_totals (
		code INTEGER PRIMARY KEY,
		answered INTEGER NOT NULL,
		correct INTEGER NOT NULL
	);
	CREATE TABLE confusion_totals (
		asked INTEGER NOT NULL,
		chosen INTEGER NOT NULL,
		times INTEGER NOT NULL,
		PRIMARY KEY (asked, chosen)
	);
	CREATE TABLE day_totals (
		day TEXT PRIMARY KEY,
		answered INTEGER NOT NULL,
		correct INTEGER NOT NULL
	);
	` + fillTotals,

	// 3: classroom rounds served over SSH, their players and answers.
	`CREATE TABLE class_rounds (
		id INTEGER PRIMARY KEY,
		started_at INTEGER NOT NULL,
		ended_at INTEGER,
		seed TEXT NOT NULL,
		deck_hash TEXT NOT NULL,
		version TEXT NOT NULL,
		questions INTEGER NOT NULL,
		seconds INTEGER NOT NULL
	);
	CREATE TABLE class_players (
		round_id INTEGER NOT NULL REFERENCES class_rounds(id) ON DELETE CASCADE,
		player INTEGER NOT NULL,
		name TEXT NOT NULL,
		joined_at INTEGER NOT NULL,
		score INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (round_id, player)
	);
	CREATE TABLE class_answers (
		round_id INTEGER NOT NULL,
		player INTEGER NOT NULL,
		question INTEGER NOT NULL,
		question_id TEXT NOT NULL,
		code_asked INTEGER NOT NULL,
		code_chosen INTEGER NOT NULL,
		correct INTEGER NOT NULL,
		response_ms INTEGER NOT NULL,
		points INTEGER NOT NULL,
		answered_at INTEGER NOT NULL,
		PRIMARY KEY (round_id, player, question),
		FOREIGN KEY (round_id, player) REFERENCES class_players(round_id, player) ON DELETE CASCADE
	);`,

	// 4: the options each classroom question offered, so that the results can
	// say how many chose each one, those nobody chose included.
	`CREATE TABLE class_questions (
		round_id INTEGER NOT NULL REFERENCES class_rounds(id) ON DELETE CASCADE,
		question INTEGER NOT NULL,
		question_id TEXT NOT NULL,
		code_asked INTEGER NOT NULL,
		options TEXT NOT NULL,
		PRIMARY KEY (round_id, question)
	);`,

	// 5: the relearning step in front of FSRS's schedule: a code just missed
	// is due again within minutes until it is answered right.
	`ALTER TABLE review_state ADD COLUMN relearning INTEGER NOT NULL DEFAULT 0;`,

	// 6: the lab: the quests met, and where this user's last lab listened.
	`CREATE TABLE lab_quests (
		code INTEGER PRIMARY KEY,
		met_at INTEGER NOT NULL
	);
	CREATE TABLE lab_runs (
		id INTEGER PRIMARY KEY,
		url TEXT NOT NULL,
		started_at INTEGER NOT NULL
	);`,

	// 7: the answers by question, so that review finds the lab's questions
	// missed without reading every answer.
	`CREATE INDEX answers_by_question ON answers(question_id);`,
}

// fillTotals computes the running totals from the answers: used by migration 2
// and by RebuildTotals.
const fillTotals = `
	INSERT INTO code_totals SELECT code_asked, count(*), sum(correct) FROM answers GROUP BY code_asked;
	INSERT INTO confusion_totals SELECT code_asked, code_chosen, count(*) FROM answers
		WHERE correct = 0 AND code_chosen <> 0 AND kind <> 'class' GROUP BY code_asked, code_chosen;
	INSERT INTO day_totals SELECT date(answered_at / 1000, 'unixepoch', 'localtime'), count(*), sum(correct)
		FROM answers GROUP BY 1;`

// RebuildTotals recomputes the running totals from the answers, for answers
// written in bulk without them.
func (s *Store) RebuildTotals(ctx context.Context) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM code_totals; DELETE FROM confusion_totals; DELETE FROM day_totals;"+fillTotals)
		return err
	})
}

// SchemaVersion is the schema this build writes.
var SchemaVersion = len(migrations)

func (s *Store) migrate(ctx context.Context) error {
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fail(s.path, "cannot be read", err)
	}
	for v := version; v < len(migrations); v++ {
		if err := s.apply(ctx, v); err != nil {
			return err
		}
	}
	return nil
}

// apply runs one migration and records it, all in one transaction.
func (s *Store) apply(ctx context.Context, v int) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		// Another process may have migrated while this one waited for the lock.
		var now int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
			return err
		}
		if now > v {
			return nil
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID))
		return err
	})
}

// tx runs fn in a transaction, committing if it returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(s.path, "cannot be written", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return fail(s.path, "cannot be written", err)
	}
	if err := tx.Commit(); err != nil {
		return fail(s.path, "cannot be written", err)
	}
	return nil
}
