package quiz

import "time"

// ClassStat counts answers about one class of codes.
type ClassStat struct {
	Class        int // 100, 200, ... 500
	Right, Total int
}

// Summary is the end-of-round report.
type Summary struct {
	Score      int
	Answered   int
	Right      int
	BestStreak int
	// Classes has one entry per class that was asked about, in class order.
	Classes []ClassStat
	// Missed are the wrong answers, in the order given.
	Missed []Result
	// AverageTime is the mean time to answer.
	AverageTime time.Duration
}

// Accuracy is the share of right answers, from 0 to 1; 0 when nothing was answered.
func (s Summary) Accuracy() float64 {
	if s.Answered == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Answered)
}

// Summary reports the round so far.
func (s *Session) Summary() Summary {
	sum := Summary{Score: s.tally.Score, Answered: len(s.results), BestStreak: s.tally.BestStreak}
	byClass := map[int]*ClassStat{}
	var total time.Duration
	for _, r := range s.results {
		total += r.Elapsed
		class := classOf(r.Answer.Code)
		st, ok := byClass[class]
		if !ok {
			st = &ClassStat{Class: class}
			byClass[class] = st
		}
		st.Total++
		if r.Verdict.Correct() {
			sum.Right++
			st.Right++
		} else {
			sum.Missed = append(sum.Missed, r)
		}
	}
	for class := 100; class <= 500; class += 100 {
		if st, ok := byClass[class]; ok {
			sum.Classes = append(sum.Classes, *st)
		}
	}
	if sum.Answered > 0 {
		sum.AverageTime = total / time.Duration(sum.Answered)
	}
	return sum
}

// MissedIDs lists the questions answered wrong, once each, for a retry round.
func (s Summary) MissedIDs() []string {
	var ids []string
	seen := map[string]bool{}
	for _, r := range s.Missed {
		if id := r.Question.ID(); !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids
}
