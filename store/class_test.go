package store

import (
	"context"
	"reflect"
	"testing"
	"time"
)

// TestClassQuestionsWithoutOptions: a round whose questions' options were
// not kept (stored before they were) still counts each code chosen, and a
// round with them counts every option offered, those nobody chose included.
func TestClassQuestionsWithoutOptions(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	at := time.Unix(1_800_000_000, 0)
	events := func(round int64, withOptions bool) []ClassEvent {
		ev := []ClassEvent{{Round: round, Player: 1, Name: "Ada", At: at, Question: -1},
			{Round: round, Player: 2, Name: "Bob", At: at, Question: -1},
			{Round: round, Player: 1, At: at, Question: 0, QuestionID: "q", Asked: 403, Chosen: 401},
			{Round: round, Player: 2, At: at, Question: 0, QuestionID: "q", Asked: 403, Chosen: 403, Correct: true}}
		if withOptions {
			ev = append(ev, ClassEvent{Round: round, Question: 0, QuestionID: "q", Asked: 403, Options: []int{403, 401, 404, 400}})
		}
		return ev
	}
	for i, withOptions := range []bool{false, true} {
		id, err := s.StartClassRound(ctx, ClassRound{Started: at, Version: "t", Questions: 1})
		if err == nil {
			err = s.SaveClassEvents(ctx, events(id, withOptions))
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.ClassQuestions(ctx, id)
		want := [][]OptionCount{{{401, 1}, {403, 1}}, {{403, 1}, {401, 1}, {404, 0}, {400, 0}}}[i]
		if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0].Options, want) || got[0].Right != 1 || got[0].Played != 2 {
			t.Fatalf("options kept %v: %+v (%v), want options %v", withOptions, got, err, want)
		}
	}
}
