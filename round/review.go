package round

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
)

// ReviewOptions configure review rounds: how many codes, whether codes never
// met may be asked, and the seed for the scenarios chosen.
type ReviewOptions struct {
	Count      int
	IncludeNew bool
	Seed       uint64
	FixedSeed  bool // play Seed; otherwise each round draws its own
	// Lab is set when a lab can be run: a code last missed in one of the
	// lab's questions then comes back as one, a real request to predict.
	Lab bool
}

// ErrNoProgress is why review and stats have nothing to show without a database.
var ErrNoProgress = errors.New("progress is not being kept, so there is no history to show")

// PlanReview reads the review cards and chooses the codes of a review round.
func PlanReview(ctx context.Context, progress *store.Lazy, cat *content.Catalogue, o ReviewOptions, now time.Time) (quiz.ReviewPlan, error) {
	if progress == nil {
		return quiz.ReviewPlan{}, ErrNoProgress
	}
	s, err := progress.Get()
	if err != nil {
		return quiz.ReviewPlan{}, err
	}
	cards, err := s.Cards(ctx)
	if err != nil {
		return quiz.ReviewPlan{}, err
	}
	plan := quiz.PlanReview(cards, quiz.UnseenCodes(cat, cards), now, o.count(), o.IncludeNew)
	if o.Lab {
		missed, err := s.LabMisses(ctx, content.LabIDPrefix)
		if err != nil {
			return quiz.ReviewPlan{}, err
		}
		for _, c := range plan.Codes {
			if slices.Contains(missed, c) {
				plan.InLab = append(plan.InLab, c)
			}
		}
	}
	return plan, nil
}

// PlanNew is a first review round, for a learner with no history: codes never
// met, the core ones first.
func PlanNew(cat *content.Catalogue, o ReviewOptions, now time.Time) quiz.ReviewPlan {
	return quiz.PlanReview(nil, quiz.UnseenCodes(cat, nil), now, o.count(), true)
}

func (o ReviewOptions) count() int {
	if o.Count <= 0 {
		return quiz.DefaultCount
	}
	return o.Count
}

// Review is the round that asks a review plan's codes.
func Review(plan quiz.ReviewPlan, o ReviewOptions) Spec {
	title := "Review"
	if plan.Due == 0 && plan.Met > 0 {
		title = "Review: weakest codes"
	}
	return Spec{Title: title, Mode: "review", RandomSeed: !o.FixedSeed,
		Config: quiz.Config{Seed: o.Seed, Kinds: []quiz.Kind{quiz.PickCode}, Codes: plan.Codes, LabCodes: plan.InLab}}
}
