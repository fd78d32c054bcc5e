package tui

import (
	"context"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/theme"
)

type statsMsg struct {
	stats store.Stats
	err   error
}

// loadStats reads the record in the background.
func loadStats(sh *shared) tea.Cmd {
	progress, now := sh.opts.Progress, sh.opts.Clock()
	return func() tea.Msg {
		if progress == nil {
			return statsMsg{err: round.ErrNoProgress}
		}
		s, err := progress.Get()
		if err != nil {
			return statsMsg{err: err}
		}
		st, err := s.Stats(context.Background(), now)
		return statsMsg{stats: st, err: err}
	}
}

// statsScreen shows the learner's record.
type statsScreen struct {
	sh            *shared
	stats         store.Stats
	scroll        scroller
	width, height int
}

func (s *statsScreen) SetSize(w, h int) { s.width, s.height = w, h }

func (s *statsScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case s.scroll.update(msg, s.sh.keys):
		case keyIs(msg, weakKey) && len(Weakest(s.stats, s.sh.content.Catalogue, 1)) > 0:
			return s, send(goMsg{to: toRound, spec: s.weakestRound()})
		case keyIs(msg, mixKey) && len(mixedUp(s.stats, s.sh.content.Catalogue)) > 0:
			return s, mineDrill(s.sh)
		case keyIs(msg, s.sh.keys.Back), keyIs(msg, s.sh.keys.Choose):
			return s, goTo(toMenu)
		}
	}
	return s, nil
}

// The stats' keys to the next round.
var (
	weakKey = key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "practice the weakest"))
	mixKey  = key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "drill your mix-ups"))
)

// weakestRound asks about the weakest codes, as a review round does.
func (s *statsScreen) weakestRound() round.Spec {
	var codes []int
	for _, c := range Weakest(s.stats, s.sh.content.Catalogue, quiz.DefaultCount) {
		codes = append(codes, c.Code)
	}
	spec := round.Review(quiz.ReviewPlan{Codes: codes, Met: len(codes)}, s.sh.reviewOptions())
	spec.Title = "Practice: your weakest codes"
	return spec
}

func (s *statsScreen) View() string {
	st := s.sh.styles
	text := theme.Header(st, "Your progress", "", s.width) + "\n\n" + RenderStats(s.stats, s.sh.content.Catalogue, s.width, st)
	s.scroll.set(text, s.height)
	return s.scroll.view(st)
}

func (s *statsScreen) Keys() helpKeys {
	k := s.sh.keys
	back := withHelp(k.Back, "q/esc", "menu")
	var do []key.Binding
	if len(Weakest(s.stats, s.sh.content.Catalogue, 1)) > 0 {
		do = append(do, weakKey)
	}
	if len(mixedUp(s.stats, s.sh.content.Catalogue)) > 0 {
		do = append(do, mixKey)
	}
	short := append(slices.Clone(do), back, k.Help)
	if s.scroll.overflows() {
		short = append(scrollKeys(k), short...)
	}
	return helpKeys{short: short, full: [][]key.Binding{allScrollKeys(k), append(slices.Clone(do), back, k.Quit)}}
}
