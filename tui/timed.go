package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/quiz"
)

// ParTime is the time speed is scored against in a round with one overall
// limit and none per question.
const ParTime = 20 * time.Second

// Timing is how the quiz engine scores a round with these limits: speed is
// measured against the per-question limit, or the par time without one.
func (l *Limits) Timing() *quiz.Timing {
	allowed := l.PerQuestion
	if allowed == 0 {
		allowed = ParTime
	}
	return &quiz.Timing{Allowed: allowed, NoSpeed: l.NoTimer}
}

// tickMsg drives the clocks of a timed round.
type tickMsg struct {
	play *play
	at   time.Time
}

// tickEvery is how often a timed round checks its clocks and redraws them.
const tickEvery = 200 * time.Millisecond

// tick schedules the next clock check. Tests replace it to drive the clocks
// by hand.
var tick = func(p *play) tea.Cmd {
	return tea.Tick(tickEvery, func(t time.Time) tea.Msg { return tickMsg{play: p, at: t} })
}

// timed reports whether a round runs against a clock.
func (p *play) timed() bool { return p.round.Limits != nil && !p.round.Limits.NoTimer }

// questionLeft is the time left for the current question, if it has a limit.
func (p *play) questionLeft(now time.Time) (time.Duration, bool) {
	if !p.timed() || p.round.Limits.PerQuestion == 0 {
		return 0, false
	}
	return p.round.Limits.PerQuestion - now.Sub(p.questionShown), true
}

// roundLeft is the time left for the whole round, if it has a limit.
func (p *play) roundLeft(now time.Time) (time.Duration, bool) {
	if !p.timed() || p.round.Limits.Total == 0 || p.started.IsZero() {
		return 0, false
	}
	return p.round.Limits.Total - now.Sub(p.started), true
}

// clockText is the countdown shown on the round's screens.
func (p *play) clockText(now time.Time) string {
	if left, ok := p.roundLeft(now); ok {
		left = max(left, 0)
		return fmt.Sprintf("⏱ %d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	}
	if left, ok := p.questionLeft(now); ok {
		return fmt.Sprintf("⏱ %ds", int(max(left, 0).Seconds()+0.999))
	}
	return ""
}

// onTick enforces a timed round's clocks: the question's time running out is a
// timeout, the round's time running out ends the round.
func (m Model) onTick(msg tickMsg) (tea.Model, tea.Cmd) {
	p := msg.play
	if p == nil || p.session.Done() || !m.showing(p) {
		return m, nil // the round is over or left: the clock stops
	}
	now := m.sh.opts.Clock()
	if left, ok := p.roundLeft(now); ok && left <= 0 {
		p.session.Stop()
		p.timeUp = true
		return m.goTo(goMsg{to: toResults, play: p})
	}
	if q, ok := m.screen.(*question); ok && q.play == p {
		if left, ok := p.questionLeft(now); ok && left <= 0 {
			return m, tea.Batch(q.timeOut(), tick(p))
		}
	}
	return m, tick(p)
}

// showing reports whether the active screen belongs to the round.
func (m Model) showing(p *play) bool {
	switch s := m.screen.(type) {
	case *question:
		return s.play == p
	case *feedback:
		return s.play == p
	case *timedIntro:
		return s.play == p
	}
	return false
}

// timedIntro opens a timed round: the rules, and the seed, deck and version
// that make it the same round for everyone.
type timedIntro struct {
	sh            *shared
	play          *play
	width, height int
}

func (t *timedIntro) SetSize(w, h int) { t.width, t.height = w, h }

func (t *timedIntro) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case keyIs(msg, t.sh.keys.Choose):
			t.play.started = t.sh.opts.Clock()
			return t, tea.Batch(send(goMsg{to: toQuestion, play: t.play}), tick(t.play))
		case keyIs(msg, t.sh.keys.Back):
			return t, goTo(toMenu)
		}
	}
	return t, nil
}

func (t *timedIntro) View() string {
	st := t.sh.styles
	l := t.play.round.Limits
	s := t.play.session
	var rules string
	switch {
	case l.NoTimer:
		rules = fmt.Sprintf("%d questions, no clock. A right answer scores %d, plus a bonus for a streak.", s.Len(), 1000)
	case l.PerQuestion > 0:
		rules = fmt.Sprintf("%d questions, %s each. A right answer scores up to 1000, more the faster it comes; a streak adds a bonus. When the time runs out the question counts as missed.",
			s.Len(), l.PerQuestion)
	default:
		rules = fmt.Sprintf("%d questions in %s. A right answer scores up to 1000, more the faster it comes; a streak adds a bonus. When the time runs out the round ends.",
			s.Len(), l.Total)
	}
	facts := fmt.Sprintf("seed %d · deck %s · httpquiz %s", s.Config().Seed, t.sh.content.Deck.Hash()[:8], t.sh.opts.Version)
	out := header(st, t.play.round.Title, "same seed, same questions", t.width) + "\n\n" +
		wrap(st.Text.Render(rules), t.width) + "\n\n" + st.Strong.Render(facts) + "\n\n"
	if l.Out != "" {
		out += wrap(st.Muted.Render("Every answer is written to "+l.Out+"."), t.width) + "\n\n"
	}
	return out + st.Muted.Render("Press enter to start the clock.")
}

func (t *timedIntro) Keys() helpKeys {
	k := t.sh.keys
	start := withHelp(k.Choose, "enter", "start")
	return helpKeys{short: []key.Binding{start, k.Back, k.Help}, full: [][]key.Binding{{start}, {k.Back, k.Quit}}}
}
