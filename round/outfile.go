package round

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
)

// Row is one answer in a round's results file (--out), with what makes the
// round reproducible: the seed, the deck and the version.
type Row struct {
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

// ErrOutName means a results file's name ends in neither .json nor .csv.
var ErrOutName = errors.New("the file must end in .json or .csv")

// CheckOut checks a results file's name before the round: it must end in
// .json or .csv (ErrOutName), in a directory that exists.
func CheckOut(path string) error {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".json" && ext != ".csv" {
		return fmt.Errorf("%q: %w", path, ErrOutName)
	}
	if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
		return fmt.Errorf("%q: no such directory %s", path, filepath.Dir(path))
	}
	return nil
}

// writeOut replaces the file at path with the rows, as JSON when the name
// ends in .json and CSV otherwise. It writes a temporary file and renames it,
// so a reader never sees half a file.
func writeOut(path string, rows []Row, score int) error {
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

// rowOf is answer n (1-based) of a round as a row.
func rowOf(seed uint64, deck, version string, n int, r quiz.Result) Row {
	return Row{Seed: strconv.FormatUint(seed, 10), Deck: deck, Version: version, Question: n,
		QuestionID: r.Question.ID(), CodeAsked: r.Answer.Code, CodeChosen: r.Chosen, Correct: r.Verdict.Correct(),
		TimedOut: r.TimedOut, ResponseMS: r.Elapsed.Milliseconds(), Points: r.Points}
}
