package store

import (
	"context"
	"database/sql"
)

// Reset deletes all progress: answers, rounds, review state and totals. The
// file stays, with its schema, so other httpquiz processes can go on using it.
func (s *Store) Reset(ctx context.Context) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, table := range []string{"answers", "sessions", "review_state", "code_totals", "confusion_totals", "day_totals",
			"class_answers", "class_questions", "class_players", "class_rounds", "lab_quests", "lab_runs"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+table); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	// Give the space back; a failure here loses nothing.
	_, _ = s.db.ExecContext(ctx, "VACUUM")
	return nil
}

// Counts reports how many answers and rounds are stored.
func (s *Store) Counts(ctx context.Context) (answers, rounds int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM answers), (SELECT count(*) FROM sessions)`).Scan(&answers, &rounds)
	if err != nil {
		err = fail(s.path, "cannot be read", err)
	}
	return answers, rounds, err
}
