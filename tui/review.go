package tui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/theme"
)

type reviewPlanMsg struct {
	plan quiz.ReviewPlan
	err  error
}

// planReview reads the review cards in the background and chooses the codes.
func planReview(sh *shared) tea.Cmd {
	progress, now, opts, cat := sh.opts.Progress, sh.opts.Clock(), sh.reviewOptions(), sh.content.Catalogue
	return func() tea.Msg {
		plan, err := round.PlanReview(context.Background(), progress, cat, opts, now)
		return reviewPlanMsg{plan: plan, err: err}
	}
}

// reviewIntro says what a review round will ask before it starts.
type reviewIntro struct {
	sh            *shared
	plan          quiz.ReviewPlan
	width, height int
}

func newReviewIntro(sh *shared, plan quiz.ReviewPlan) *reviewIntro {
	return &reviewIntro{sh: sh, plan: plan}
}

func (r *reviewIntro) SetSize(w, h int) { r.width, r.height = w, h }

func (r *reviewIntro) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case msg.String() == "n" && r.plan.Met == 0 && len(r.plan.Codes) == 0:
			// Asked for explicitly: start with codes never met.
			r.plan = round.PlanNew(r.sh.content.Catalogue, r.sh.reviewOptions(), r.sh.opts.Clock())
		case keyIs(msg, r.sh.keys.Choose) && len(r.plan.Codes) > 0:
			return r, send(goMsg{to: toRound, spec: round.Review(r.plan, r.sh.reviewOptions())})
		case keyIs(msg, r.sh.keys.Back), keyIs(msg, r.sh.keys.Choose):
			return r, goTo(toMenu)
		}
	}
	return r, nil
}

func (r *reviewIntro) View() string {
	st := r.sh.styles
	hint := "Press enter to start, q to go back."
	if len(r.plan.Codes) == 0 {
		hint = "Press n to start with codes you have not met, or q to go back."
	}
	return theme.Header(st, "Review", "spaced repetition (FSRS-6)", r.width) + "\n\n" +
		theme.Wrap(st.Text.Render(present.ReviewPlan(r.plan, r.sh.opts.Clock())), r.width) + "\n\n" + st.Muted.Render(hint)
}

func (r *reviewIntro) Keys() helpKeys {
	k := r.sh.keys
	start := withHelp(k.Choose, "enter", "start")
	if len(r.plan.Codes) == 0 {
		start = key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "start with new codes"))
	}
	return helpKeys{short: []key.Binding{start, k.Back, k.Help}, full: [][]key.Binding{{start}, {k.Back, k.Quit}}}
}
