package store

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
)

// Tally counts answers and right ones.
type Tally struct {
	Answered int `json:"answered"`
	Correct  int `json:"correct"`
}

// Accuracy is the share answered right, 0 to 1.
func (t Tally) Accuracy() float64 {
	if t.Answered == 0 {
		return 0
	}
	return float64(t.Correct) / float64(t.Answered)
}

// DayTally is one day's answers, by local date.
type DayTally struct {
	Day string `json:"day"`
	Tally
}

// CodeTally is the answers about one code (or, for classes, 400 for 4xx).
type CodeTally struct {
	Code int `json:"code"`
	Tally
}

// ConfusionTally counts one wrong pick: Chosen given when Asked was right.
type ConfusionTally struct {
	Asked  int `json:"asked"`
	Chosen int `json:"chosen"`
	Times  int `json:"times"`
}

// Forecast is the review workload ahead.
type Forecast struct {
	Cards    int `json:"cards"`
	DueNow   int `json:"due_now"`
	DueToday int `json:"due_today"`
	DueWeek  int `json:"due_this_week"`
}

// Stats is the learner's record.
type Stats struct {
	Total      Tally            `json:"total"`
	Days       []DayTally       `json:"days"`
	Classes    []CodeTally      `json:"classes"`
	Codes      []CodeTally      `json:"codes"`
	Confusions []ConfusionTally `json:"confusions"`
	StreakDays int              `json:"streak_days"`
	Review     Forecast         `json:"review"`
	// Cards are the review cards the forecast was made from.
	Cards []quiz.Card `json:"-"`
}

// MaxConfusions is how many confusions the stats list.
const MaxConfusions = 10

// Stats reads the record as of now. It reads the running totals, so it costs
// the same whatever the number of answers.
func (s *Store) Stats(ctx context.Context, now time.Time) (Stats, error) {
	st := Stats{Days: []DayTally{}, Classes: []CodeTally{}, Codes: []CodeTally{}, Confusions: []ConfusionTally{}}
	if err := s.readCodes(ctx, &st); err != nil {
		return st, err
	}
	if err := s.readDays(ctx, &st); err != nil {
		return st, err
	}
	if err := s.readConfusions(ctx, &st); err != nil {
		return st, err
	}
	cards, err := s.Cards(ctx)
	if err != nil {
		return st, err
	}
	st.Review, st.Cards = forecast(cards, now), cards
	st.StreakDays = streak(st.Days, now)
	return st, nil
}

func (s *Store) readCodes(ctx context.Context, st *Stats) error {
	rows, err := s.db.QueryContext(ctx, `SELECT code, answered, correct FROM code_totals`)
	if err != nil {
		return fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	classes := map[int]*CodeTally{}
	for rows.Next() {
		var c CodeTally
		if err := rows.Scan(&c.Code, &c.Answered, &c.Correct); err != nil {
			return fail(s.path, "cannot be read", err)
		}
		st.Codes = append(st.Codes, c)
		st.Total.Answered += c.Answered
		st.Total.Correct += c.Correct
		class := c.Code / 100 * 100
		if classes[class] == nil {
			classes[class] = &CodeTally{Code: class}
		}
		classes[class].Answered += c.Answered
		classes[class].Correct += c.Correct
	}
	for class := 100; class <= 500; class += 100 {
		if c := classes[class]; c != nil {
			st.Classes = append(st.Classes, *c)
		}
	}
	// Weakest first: lowest accuracy, then the most answered, then by code.
	slices.SortFunc(st.Codes, func(a, b CodeTally) int {
		return cmp.Or(cmp.Compare(a.Accuracy(), b.Accuracy()), cmp.Compare(b.Answered, a.Answered), cmp.Compare(a.Code, b.Code))
	})
	return rows.Err()
}

func (s *Store) readDays(ctx context.Context, st *Stats) error {
	rows, err := s.db.QueryContext(ctx, `SELECT day, answered, correct FROM day_totals ORDER BY day`)
	if err != nil {
		return fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d DayTally
		if err := rows.Scan(&d.Day, &d.Answered, &d.Correct); err != nil {
			return fail(s.path, "cannot be read", err)
		}
		st.Days = append(st.Days, d)
	}
	return rows.Err()
}

func (s *Store) readConfusions(ctx context.Context, st *Stats) error {
	rows, err := s.db.QueryContext(ctx, `SELECT asked, chosen, times FROM confusion_totals
		ORDER BY times DESC, asked, chosen LIMIT ?`, MaxConfusions)
	if err != nil {
		return fail(s.path, "cannot be read", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c ConfusionTally
		if err := rows.Scan(&c.Asked, &c.Chosen, &c.Times); err != nil {
			return fail(s.path, "cannot be read", err)
		}
		st.Confusions = append(st.Confusions, c)
	}
	return rows.Err()
}

// streak counts the days in a row, up to today, with at least one answer. A
// streak still counts this morning if it ran until yesterday.
func streak(days []DayTally, now time.Time) int {
	played := map[string]bool{}
	for _, d := range days {
		played[d.Day] = true
	}
	today := now.Local()
	if !played[today.Format(time.DateOnly)] {
		today = today.AddDate(0, 0, -1)
	}
	n := 0
	for played[today.AddDate(0, 0, -n).Format(time.DateOnly)] {
		n++
	}
	return n
}

func forecast(cards []quiz.Card, now time.Time) Forecast {
	local := now.Local()
	endOfDay := time.Date(local.Year(), local.Month(), local.Day()+1, 0, 0, 0, 0, time.Local)
	f := Forecast{Cards: len(cards)}
	for _, c := range cards {
		switch {
		case c.IsDue(now):
			f.DueNow++
			f.DueToday++
			f.DueWeek++
		case c.Due.Before(endOfDay):
			f.DueToday++
			f.DueWeek++
		case c.Due.Before(now.Add(7 * 24 * time.Hour)):
			f.DueWeek++
		}
	}
	return f
}
