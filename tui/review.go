package tui

import (
	"context"
	"errors"
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/quiz"
)

// errNoProgress is why review and stats have nothing to show without a database.
var errNoProgress = errors.New("progress is not being kept, so there is no history to show")

type reviewPlanMsg struct {
	plan quiz.ReviewPlan
	err  error
}

// planReview reads the review cards in the background and chooses the codes.
func planReview(sh *shared) tea.Cmd {
	progress, now, opts, cat := sh.opts.Progress, sh.opts.Clock(), sh.opts.Review, sh.content.Catalogue
	return func() tea.Msg {
		if progress == nil {
			return reviewPlanMsg{err: errNoProgress}
		}
		s, err := progress.Get()
		if err != nil {
			return reviewPlanMsg{err: err}
		}
		cards, err := s.Cards(context.Background())
		if err != nil {
			return reviewPlanMsg{err: err}
		}
		count := opts.Count
		if count <= 0 {
			count = quiz.DefaultCount
		}
		return reviewPlanMsg{plan: quiz.PlanReview(cards, quiz.UnseenCodes(cat, cards), now, count, opts.IncludeNew)}
	}
}

// reviewIntro says what a review round will ask before it starts.
type reviewIntro struct {
	sh            *shared
	plan          quiz.ReviewPlan
	now           time.Time
	width, height int
}

func newReviewIntro(sh *shared, plan quiz.ReviewPlan) *reviewIntro {
	return &reviewIntro{sh: sh, plan: plan, now: sh.opts.Clock()}
}

func (r *reviewIntro) SetSize(w, h int) { r.width, r.height = w, h }

func (r *reviewIntro) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case msg.String() == "n" && r.plan.Met == 0 && len(r.plan.Codes) == 0:
			// Asked for explicitly: start with codes never met.
			count := r.sh.opts.Review.Count
			if count <= 0 {
				count = quiz.DefaultCount
			}
			r.plan = quiz.PlanReview(nil, quiz.UnseenCodes(r.sh.content.Catalogue, nil), r.now, count, true)
		case keyIs(msg, r.sh.keys.Choose) && len(r.plan.Codes) > 0:
			return r, send(goMsg{to: toRound, round: r.round()})
		case keyIs(msg, r.sh.keys.Back), keyIs(msg, r.sh.keys.Choose):
			return r, goTo(toMenu)
		}
	}
	return r, nil
}

func (r *reviewIntro) round() Round {
	title := "Review"
	if r.plan.Due == 0 {
		title = "Review: weakest codes"
	}
	opts := r.sh.opts.Review
	return Round{Title: title, Mode: "review", RandomSeed: opts.Seed == 0,
		Config: quiz.Config{Seed: opts.Seed, Kinds: []quiz.Kind{quiz.PickCode}, Codes: r.plan.Codes}}
}

func (r *reviewIntro) View() string {
	st := r.sh.styles
	p := r.plan
	var text string
	switch {
	case len(p.Codes) == 0:
		text = "You have no review history yet. Every answer in practice and drills builds it, and " +
			"the codes you miss come back here on a spaced schedule."
	case p.Met == 0:
		text = fmt.Sprintf("A first review round: %d codes you have not met yet, the core ones first.", len(p.Codes))
	case p.Due > 0:
		due := "1 code is"
		if p.Due != 1 {
			due = fmt.Sprintf("%d codes are", p.Due)
		}
		text = fmt.Sprintf("%s due for review, of %d you have met. This round asks %d: the due ones first",
			due, p.Met, len(p.Codes))
		if p.New > 0 {
			text += fmt.Sprintf(", then %d you have not met", p.New)
		}
		text += "."
	default:
		text = "Nothing is due right now"
		if !p.NextDue.IsZero() {
			text += fmt.Sprintf(": the next code comes back %s", until(r.now, p.NextDue))
		}
		text += fmt.Sprintf(". Press enter to practise your %d weakest codes instead.", len(p.Codes))
	}
	hint := "Press enter to start, q to go back."
	if len(p.Codes) == 0 {
		hint = "Press n to start with codes you have not met, or q to go back."
	}
	return header(st, "Review", "spaced repetition (FSRS-6)", r.width) + "\n\n" +
		wrap(st.Text.Render(text), r.width) + "\n\n" + st.Muted.Render(hint)
}

// until says how far off a time is, in words.
func until(now, t time.Time) string {
	d := t.Sub(now)
	switch {
	case d < time.Hour:
		return "within the hour"
	case d < 23*time.Hour:
		return fmt.Sprintf("in %d hours", int(d.Hours()+0.5))
	case d < 48*time.Hour:
		return "tomorrow"
	}
	return fmt.Sprintf("in %d days (%s)", int(d.Hours()/24+0.5), t.Local().Format("Mon 2 Jan"))
}

func (r *reviewIntro) Keys() helpKeys {
	k := r.sh.keys
	start := withHelp(k.Choose, "enter", "start")
	if len(r.plan.Codes) == 0 {
		start = key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "start with new codes"))
	}
	return helpKeys{short: []key.Binding{start, k.Back, k.Help}, full: [][]key.Binding{{start}, {k.Back, k.Quit}}}
}
