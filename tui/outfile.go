package tui

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// outRow is one answer in a timed round's results file, with what makes the
// round reproducible: the seed, the deck and the version.
type outRow struct {
	Seed       string `json:"seed"`
	Deck       string `json:"deck"`
	Version    string `json:"version"`
	Question   int    `json:"question"`
	QuestionID string `json:"question_id"`
	CodeAsked  int    `json:"code_asked"`
	CodeChosen int    `json:"code_chosen"`
	Correct    bool   `json:"correct"`
	TimedOut   bool   `json:"timed_out"`
	ResponseMS int64  `json:"response_ms"`
	Points     int    `json:"points"`
}

// writeOut returns the command that rewrites the round's results file with
// every answer so far, if the round has one. It replaces the file in one
// rename, so a reader never sees half a file.
func (p *play) writeOut(sh *shared) tea.Cmd {
	if p.round.Limits == nil || p.round.Limits.Out == "" {
		return nil
	}
	path := p.round.Limits.Out
	s := p.session
	seed, deck, version := strconv.FormatUint(s.Config().Seed, 10), sh.content.Deck.Hash(), sh.opts.Version
	var rows []outRow
	for i, r := range s.Results() {
		rows = append(rows, outRow{Seed: seed, Deck: deck, Version: version, Question: i + 1, QuestionID: r.Question.ID(),
			CodeAsked: r.Answer.Code, CodeChosen: r.Chosen, Correct: r.Verdict.Correct(), TimedOut: r.TimedOut,
			ResponseMS: r.Elapsed.Milliseconds(), Points: r.Points})
	}
	score := s.Score()
	return func() tea.Msg {
		if err := writeRows(path, rows, score); err != nil {
			return progressErrMsg{fmt.Errorf("cannot write %s: %w", path, err)}
		}
		return nil
	}
}

func writeRows(path string, rows []outRow, score int) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".httpquiz-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if strings.HasSuffix(strings.ToLower(path), ".json") {
		enc := json.NewEncoder(tmp)
		enc.SetIndent("", "  ")
		err = enc.Encode(map[string]any{"score": score, "written": time.Now().UTC().Format(time.RFC3339), "answers": rows})
	} else {
		w := csv.NewWriter(tmp)
		_ = w.Write([]string{"seed", "deck", "version", "question", "question_id", "code_asked", "code_chosen",
			"correct", "timed_out", "response_ms", "points"})
		for _, r := range rows {
			_ = w.Write([]string{r.Seed, r.Deck, r.Version, strconv.Itoa(r.Question), r.QuestionID, strconv.Itoa(r.CodeAsked),
				strconv.Itoa(r.CodeChosen), strconv.FormatBool(r.Correct), strconv.FormatBool(r.TimedOut),
				strconv.FormatInt(r.ResponseMS, 10), strconv.Itoa(r.Points)})
		}
		w.Flush()
		err = w.Error()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
