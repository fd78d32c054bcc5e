package store

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"
)

// ExportRow is one answer as exported.
type ExportRow struct {
	Time       string `json:"time"`
	Round      *int64 `json:"round"`
	Mode       string `json:"mode"`
	QuestionID string `json:"question_id"`
	Kind       string `json:"kind"`
	CodeAsked  int    `json:"code_asked"`
	CodeChosen int    `json:"code_chosen"`
	Correct    bool   `json:"correct"`
	Verdict    string `json:"verdict"`
	ResponseMS int64  `json:"response_ms"`
	Retry      int    `json:"retry"`
}

var exportColumns = []string{"time", "round", "mode", "question_id", "kind", "code_asked", "code_chosen",
	"correct", "verdict", "response_ms", "retry"}

// Export writes every answer given at or after since, oldest first, as csv or
// json, streaming: the history is never held in memory whole.
func (s *Store) Export(ctx context.Context, w io.Writer, format string, since time.Time) error {
	rows, err := s.db.QueryContext(ctx, `SELECT answered_at, session_id, mode, question_id, kind, code_asked,
		code_chosen, correct, verdict, response_ms, retry FROM answers WHERE answered_at >= ? ORDER BY answered_at, id`,
		millis(since))
	if err != nil {
		return fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	var out rowWriter
	switch format {
	case "csv":
		out = newCSVWriter(w)
	case "json":
		out = &jsonWriter{w: w}
	default:
		return fmt.Errorf("unknown export format %q", format)
	}
	for rows.Next() {
		var r ExportRow
		var at int64
		var correct int
		if err := rows.Scan(&at, &r.Round, &r.Mode, &r.QuestionID, &r.Kind, &r.CodeAsked, &r.CodeChosen,
			&correct, &r.Verdict, &r.ResponseMS, &r.Retry); err != nil {
			return fail(s.path, "cannot be read", err)
		}
		r.Time = fromMillis(at).UTC().Format(time.RFC3339Nano)
		r.Correct = correct == 1
		if err := out.row(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fail(s.path, "cannot be read", err)
	}
	return out.close()
}

type rowWriter interface {
	row(ExportRow) error
	close() error
}

type csvWriter struct{ w *csv.Writer }

func newCSVWriter(w io.Writer) *csvWriter {
	c := &csvWriter{w: csv.NewWriter(w)}
	_ = c.w.Write(exportColumns)
	return c
}

func (c *csvWriter) row(r ExportRow) error {
	round := ""
	if r.Round != nil {
		round = strconv.FormatInt(*r.Round, 10)
	}
	return c.w.Write([]string{r.Time, round, r.Mode, r.QuestionID, r.Kind, strconv.Itoa(r.CodeAsked),
		strconv.Itoa(r.CodeChosen), strconv.FormatBool(r.Correct), r.Verdict, strconv.FormatInt(r.ResponseMS, 10),
		strconv.Itoa(r.Retry)})
}

func (c *csvWriter) close() error {
	c.w.Flush()
	return c.w.Error()
}

// jsonWriter writes a JSON array one element at a time.
type jsonWriter struct {
	w io.Writer
	n int
}

func (j *jsonWriter) row(r ExportRow) error {
	sep := ",\n"
	if j.n == 0 {
		sep = "[\n"
	}
	j.n++
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = io.WriteString(j.w, sep+"  "+string(data))
	return err
}

func (j *jsonWriter) close() error {
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}
