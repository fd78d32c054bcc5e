package workshop

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/store"
)

// The host's export: the round's results as CSV files, in the columns and
// with the numbers 'httpquiz results' prints from the database.

type exportedMsg struct {
	path string
	err  error
}

// exportCmd writes the standings, every answer and every question as CSV, in
// a command: it touches the disk.
func exportCmd(board []Standing, asked []Closed, dir string) tea.Cmd {
	return func() tea.Msg {
		base := filepath.Join(dir, "httpquiz-classroom-"+time.Now().Format("20060102-150405"))
		names := make(map[int]string, len(board))
		var standings [][]string
		for _, s := range board {
			names[s.Player.ID] = s.Player.Name
			standings = append(standings, stored(s).Cells())
		}
		var answers, questions [][]string
		for _, a := range answerRows(asked, names) {
			answers = append(answers, a.Cells())
		}
		for _, q := range questionRows(asked) {
			questions = append(questions, q.Cells())
		}
		err := writeCSV(base+".csv", store.ClassStandingHeader, standings)
		if err == nil {
			err = writeCSV(base+"-answers.csv", store.ClassAnswerHeader, answers)
		}
		if err == nil {
			err = writeCSV(base+"-questions.csv", store.ClassQuestionHeader, questions)
		}
		return exportedMsg{path: base + ".csv", err: err}
	}
}

// writeCSV writes a new file: it never overwrites one.
func writeCSV(path string, header []string, rows [][]string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	_ = w.Write(header)
	_ = w.WriteAll(rows)
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// stored is a standing as the results are kept and printed, with the one
// definition of right, missed and timed out.
func stored(s Standing) store.ClassStanding {
	p := s.Player
	return store.ClassStanding{Rank: s.Rank, Name: p.Name, Score: p.Score, Right: p.Right, Missed: p.Answered - p.Right,
		TimedOut: p.TimedOut, Answered: p.Answered, RightMS: p.RightTime.Milliseconds()}
}

// answerRows is every answer of the round, as the database keeps them.
func answerRows(asked []Closed, names map[int]string) []store.ClassAnswer {
	var out []store.ClassAnswer
	for i, c := range asked {
		for _, a := range c.Answers {
			r := a.Result
			out = append(out, store.ClassAnswer{Question: i + 1, QuestionID: c.Question.ID(), Name: names[a.Player],
				Asked: c.Question.Code.Code, Chosen: r.Chosen, Right: r.Verdict.Correct(), MS: r.Elapsed.Milliseconds(),
				Points: r.Points})
		}
	}
	return out
}

// questionRows is each question with how the room answered it.
func questionRows(asked []Closed) []store.ClassQuestion {
	out := make([]store.ClassQuestion, len(asked))
	for i, c := range asked {
		chosen, timedOut := c.Chosen()
		q := store.ClassQuestion{Question: i + 1, QuestionID: c.Question.ID(), Asked: c.Question.Code.Code,
			TimedOut: timedOut, Played: len(c.Answers)}
		for j, o := range c.Question.Options {
			q.Options = append(q.Options, store.OptionCount{Code: o.Value, Chosen: chosen[j]})
		}
		for _, a := range c.Answers {
			if a.Result.Verdict.Correct() {
				q.Right++
			}
		}
		out[i] = q
	}
	return out
}
