package store

import (
	"context"
	"strconv"
	"strings"
)

// A classroom round question by question: every player's answer, and how
// many chose each option.

// ClassAnswer is one player's answer to one question of a classroom round.
// Chosen is 0 for a time-out.
type ClassAnswer struct {
	Question   int    `json:"question"` // 1-based
	QuestionID string `json:"question_id"`
	Name       string `json:"name"`
	Asked      int    `json:"asked"`
	Chosen     int    `json:"chosen"`
	Right      bool   `json:"right"`
	MS         int64  `json:"ms"`
	Points     int    `json:"points"`
}

// ClassAnswerHeader names the columns of ClassAnswer.Cells.
var ClassAnswerHeader = []string{"question", "question_id", "name", "asked", "chosen", "right", "ms", "points"}

// Cells is one row of the answers table; a time-out's choice is "timed out".
func (a ClassAnswer) Cells() []string {
	chosen := strconv.Itoa(a.Chosen)
	if a.Chosen == 0 {
		chosen = "timed out"
	}
	return []string{strconv.Itoa(a.Question), a.QuestionID, a.Name, strconv.Itoa(a.Asked), chosen,
		strconv.FormatBool(a.Right), strconv.FormatInt(a.MS, 10), strconv.Itoa(a.Points)}
}

// ClassAnswers lists a round's answers, question by question, in the order
// the players joined.
func (s *Store) ClassAnswers(ctx context.Context, round int64) ([]ClassAnswer, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.question + 1, a.question_id, p.name, a.code_asked, a.code_chosen,
		a.correct, a.response_ms, a.points
		FROM class_answers a JOIN class_players p ON p.round_id = a.round_id AND p.player = a.player
		WHERE a.round_id = ? ORDER BY a.question, p.player`, round)
	if err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	out := []ClassAnswer{}
	for rows.Next() {
		var a ClassAnswer
		if err := rows.Scan(&a.Question, &a.QuestionID, &a.Name, &a.Asked, &a.Chosen, &a.Right, &a.MS, &a.Points); err != nil {
			return nil, fail(s.path, "cannot be read", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ClassQuestion is one question of a classroom round with what the room
// answered: how many chose each option it offered, and how many let it run out.
type ClassQuestion struct {
	Question   int           `json:"question"` // 1-based
	QuestionID string        `json:"question_id"`
	Asked      int           `json:"asked"`
	Options    []OptionCount `json:"options"`
	TimedOut   int           `json:"timed_out"`
	Right      int           `json:"right"`
	Played     int           `json:"played"` // answers plus time-outs
}

// ClassQuestionHeader names the columns of ClassQuestion.Cells.
var ClassQuestionHeader = []string{"question", "question_id", "asked", "played", "right", "timed_out", "chosen"}

// Cells is one row of the questions table; the counts per option share a
// cell, "401:3 403:12 404:0 409:1".
func (q ClassQuestion) Cells() []string {
	counts := make([]string, len(q.Options))
	for i, o := range q.Options {
		counts[i] = strconv.Itoa(o.Code) + ":" + strconv.Itoa(o.Chosen)
	}
	return []string{strconv.Itoa(q.Question), q.QuestionID, strconv.Itoa(q.Asked), strconv.Itoa(q.Played),
		strconv.Itoa(q.Right), strconv.Itoa(q.TimedOut), strings.Join(counts, " ")}
}

// OptionCount is how many players chose one option.
type OptionCount struct {
	Code   int `json:"code"`
	Chosen int `json:"chosen"`
}

// ClassQuestions lists a round's questions with the room's answers to each.
// A round stored before the options were kept lists the codes chosen.
func (s *Store) ClassQuestions(ctx context.Context, round int64) ([]ClassQuestion, error) {
	offered, err := s.classOptions(ctx, round)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT question, question_id, code_asked, code_chosen, count(*), sum(correct)
		FROM class_answers WHERE round_id = ? GROUP BY question, code_chosen ORDER BY question, code_chosen`, round)
	if err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	var out []ClassQuestion
	for rows.Next() {
		var q, asked, chosen, n, right int
		var id string
		if err := rows.Scan(&q, &id, &asked, &chosen, &n, &right); err != nil {
			return nil, fail(s.path, "cannot be read", err)
		}
		if len(out) == 0 || out[len(out)-1].Question != q+1 {
			out = append(out, ClassQuestion{Question: q + 1, QuestionID: id, Asked: asked, Options: optionCounts(offered[q])})
		}
		cq := &out[len(out)-1]
		cq.Played += n
		cq.Right += right
		if chosen == 0 {
			cq.TimedOut += n
		} else {
			cq.count(chosen, n)
		}
	}
	return out, rows.Err()
}

// count adds n choices of code, as an option of its own if it was not offered.
func (q *ClassQuestion) count(code, n int) {
	for i := range q.Options {
		if q.Options[i].Code == code {
			q.Options[i].Chosen += n
			return
		}
	}
	q.Options = append(q.Options, OptionCount{Code: code, Chosen: n})
}

func optionCounts(codes []int) []OptionCount {
	out := make([]OptionCount, len(codes))
	for i, c := range codes {
		out[i].Code = c
	}
	return out
}

// classOptions reads the options each question of a round offered.
func (s *Store) classOptions(ctx context.Context, round int64) (map[int][]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT question, options FROM class_questions WHERE round_id = ?`, round)
	if err != nil {
		return nil, fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	out := map[int][]int{}
	for rows.Next() {
		var q int
		var codes string
		if err := rows.Scan(&q, &codes); err != nil {
			return nil, fail(s.path, "cannot be read", err)
		}
		out[q] = splitCodes(codes)
	}
	return out, rows.Err()
}

// joinCodes and splitCodes keep a list of codes in one column: "401 403 404".
func joinCodes(codes []int) string {
	parts := make([]string, len(codes))
	for i, c := range codes {
		parts[i] = strconv.Itoa(c)
	}
	return strings.Join(parts, " ")
}

func splitCodes(s string) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		if n, err := strconv.Atoi(f); err == nil {
			out = append(out, n)
		}
	}
	return out
}
