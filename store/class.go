package store

import (
	"context"
	"database/sql"
	"strconv"
	"time"
)

// ClassRound describes a classroom round as it starts.
type ClassRound struct {
	Started     time.Time
	Seed        uint64
	DeckHash    string
	Version     string
	Questions   int
	PerQuestion time.Duration
}

// StartClassRound records a classroom round and returns its id.
func (s *Store) StartClassRound(ctx context.Context, r ClassRound) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO class_rounds (started_at, seed, deck_hash, version, questions, seconds)
			VALUES (?, ?, ?, ?, ?, ?)`, millis(r.Started), strconv.FormatUint(r.Seed, 10), r.DeckHash, r.Version,
			r.Questions, int(r.PerQuestion.Seconds()))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// ClassEvent is one thing to record about a classroom round: a player joined
// (Name set), a question closed (Options set), a player answered (Question
// >= 0), or the round ended (End).
type ClassEvent struct {
	Round      int64
	Player     int
	Name       string
	At         time.Time
	Question   int // -1 when not an answer
	QuestionID string
	Asked      int
	Chosen     int
	Correct    bool
	Elapsed    time.Duration
	Points     int
	Score      int   // the player's score after the event
	Options    []int // the codes a closed question offered, in order
	End        bool
}

// SaveClassEvents writes a batch of events in one transaction.
func (s *Store) SaveClassEvents(ctx context.Context, events []ClassEvent) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, e := range events {
			if err := saveClassEvent(ctx, tx, e); err != nil {
				return err
			}
		}
		return nil
	})
}

func saveClassEvent(ctx context.Context, tx *sql.Tx, e ClassEvent) error {
	var err error
	switch {
	case e.End:
		_, err = tx.ExecContext(ctx, `UPDATE class_rounds SET ended_at = ? WHERE id = ?`, millis(e.At), e.Round)
	case e.Name != "":
		_, err = tx.ExecContext(ctx, `INSERT INTO class_players (round_id, player, name, joined_at) VALUES (?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, e.Round, e.Player, e.Name, millis(e.At))
	case e.Options != nil:
		_, err = tx.ExecContext(ctx, `INSERT INTO class_questions VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			e.Round, e.Question, e.QuestionID, e.Asked, joinCodes(e.Options))
	case e.Question >= 0:
		if _, err = tx.ExecContext(ctx, `INSERT INTO class_answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, e.Round, e.Player, e.Question, e.QuestionID, e.Asked, e.Chosen, boolInt(e.Correct),
			e.Elapsed.Milliseconds(), e.Points, millis(e.At)); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE class_players SET score = ? WHERE round_id = ? AND player = ?`,
			e.Score, e.Round, e.Player)
	}
	return err
}

// ClassRoundSummary is one stored classroom round.
type ClassRoundSummary struct {
	ID        int64  `json:"round"`
	Started   string `json:"started"`
	Ended     string `json:"ended,omitempty"`
	Seed      string `json:"seed"`
	DeckHash  string `json:"deck"`
	Version   string `json:"version"`
	Questions int    `json:"questions"`
	Players   int    `json:"players"`
	Answers   int    `json:"answers"` // answered with an option: time-outs are not answers
}

// ClassRounds lists the stored classroom rounds, newest first.
func (s *Store) ClassRounds(ctx context.Context) ([]ClassRoundSummary, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.id, r.started_at, r.ended_at, r.seed, r.deck_hash, r.version, r.questions,
		(SELECT count(*) FROM class_players p WHERE p.round_id = r.id),
		(SELECT count(*) FROM class_answers a WHERE a.round_id = r.id AND a.code_chosen <> 0)
		FROM class_rounds r ORDER BY r.id DESC`)
	if err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	out := []ClassRoundSummary{}
	for rows.Next() {
		var r ClassRoundSummary
		var started int64
		var ended sql.NullInt64
		if err := rows.Scan(&r.ID, &started, &ended, &r.Seed, &r.DeckHash, &r.Version, &r.Questions, &r.Players, &r.Answers); err != nil {
			return nil, fail(s.path, "cannot be read", err)
		}
		r.Started = fromMillis(started).UTC().Format(time.RFC3339)
		if ended.Valid {
			r.Ended = fromMillis(ended.Int64).UTC().Format(time.RFC3339)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ClassStanding is one player's result in a classroom round. Every question
// a player took part in is one of: right, missed (a wrong option) or timed
// out (still connected when it closed, with no answer); a question they
// joined too late for, or left before it closed, is none of them. Answered
// is right plus missed. The host's export and 'httpquiz results' both print
// these, by ClassStandingHeader and Cells.
type ClassStanding struct {
	Rank     int    `json:"rank"`
	Name     string `json:"name"`
	Score    int    `json:"score"`
	Right    int    `json:"right"`
	Missed   int    `json:"missed"`
	TimedOut int    `json:"timed_out"`
	Answered int    `json:"answered"`
	RightMS  int64  `json:"right_ms"`
}

// ClassStandingHeader names the columns of Cells.
var ClassStandingHeader = []string{"rank", "name", "score", "right", "missed", "timed_out", "answered", "right_ms"}

// Cells is one row of a standings table.
func (c ClassStanding) Cells() []string {
	return []string{strconv.Itoa(c.Rank), c.Name, strconv.Itoa(c.Score), strconv.Itoa(c.Right), strconv.Itoa(c.Missed),
		strconv.Itoa(c.TimedOut), strconv.Itoa(c.Answered), strconv.FormatInt(c.RightMS, 10)}
}

// ClassStandings returns a round's final order: most points first, then the
// faster over their right answers; equal on both share a rank. A stored
// answer with no option chosen is a time-out.
func (s *Store) ClassStandings(ctx context.Context, round int64) ([]ClassStanding, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT p.name, p.score, coalesce(sum(a.correct), 0),
		coalesce(sum(a.code_chosen <> 0), 0), coalesce(sum(a.code_chosen = 0), 0),
		coalesce(sum(CASE WHEN a.correct = 1 THEN a.response_ms END), 0)
		FROM class_players p LEFT JOIN class_answers a ON a.round_id = p.round_id AND a.player = p.player
		WHERE p.round_id = ? GROUP BY p.player ORDER BY p.score DESC, 6 ASC, p.player`, round)
	if err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	out := []ClassStanding{}
	for rows.Next() {
		var c ClassStanding
		if err := rows.Scan(&c.Name, &c.Score, &c.Right, &c.Answered, &c.TimedOut, &c.RightMS); err != nil {
			return nil, fail(s.path, "cannot be read", err)
		}
		c.Missed = c.Answered - c.Right
		c.Rank = len(out) + 1
		if n := len(out); n > 0 && out[n-1].Score == c.Score && out[n-1].RightMS == c.RightMS {
			c.Rank = out[n-1].Rank
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ClassAnswerCount counts a round's stored answers (time-outs aside).
func (s *Store) ClassAnswerCount(ctx context.Context, round int64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM class_answers WHERE round_id = ? AND code_chosen <> 0`, round).Scan(&n)
	return n, err
}
