package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/quiz"
)

// feedback shows how an answer was graded and teaches from it.
type feedback struct {
	sh            *shared
	play          *play
	result        quiz.Result
	n             int // which answer of the round this is
	scroll        scroller
	width, height int
}

func newFeedback(sh *shared, p *play, r quiz.Result) *feedback {
	return &feedback{sh: sh, play: p, result: r, n: len(p.session.Results())}
}

func (f *feedback) SetSize(w, h int) {
	f.width, f.height = w, h
	f.scroll.set(f.content(), h)
}

func (f *feedback) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case f.scroll.update(msg, f.sh.keys):
		case keyIs(msg, f.sh.keys.Choose):
			s := f.play.session
			s.Next()
			if s.Done() {
				return f, send(goMsg{to: toResults, play: f.play})
			}
			return f, send(goMsg{to: toQuestion, play: f.play})
		case keyIs(msg, f.sh.keys.Back):
			return f, send(goMsg{to: toResults, play: f.play})
		}
	}
	return f, nil
}

func (f *feedback) View() string {
	f.scroll.set(f.content(), f.height)
	return f.scroll.view(f.sh.styles)
}

// content is the whole feedback text, before it is fitted to the window.
func (f *feedback) content() string {
	st := f.sh.styles
	r := f.result
	s := f.play.session
	var b strings.Builder
	note := fmt.Sprintf("Question %d of %d", s.Position(), s.Len())
	if _, ok := f.play.roundLeft(f.sh.opts.Clock()); ok {
		note = f.play.clockText(f.sh.opts.Clock()) + " · " + note
	}
	if f.play.saved >= f.n {
		note += " · saved"
	}
	b.WriteString(header(st, f.play.round.Title, note, f.width) + "\n\n")
	b.WriteString(wrap(f.verdictLine(), f.width) + "\n\n")
	para := func(label, text string) {
		if text != "" {
			b.WriteString(wrap(st.Heading.Render(label)+" "+st.Text.Render(text), f.width) + "\n\n")
		}
	}
	if r.Question.Kind == quiz.PickClass {
		para("Why:", r.Explanation)
	} else {
		para("Why "+strconv.Itoa(r.Answer.Code)+":", r.Explanation)
	}
	if r.Verdict == quiz.AlsoAccepted {
		para("Also accepted:", r.AcceptNote)
	}
	if r.Verdict == quiz.Wrong && r.WhyNot != "" {
		para("Why not "+f.chosenText()+":", r.WhyNot)
	}
	if line := f.drillContrast(); line != "" {
		b.WriteString(wrap(line, f.width) + "\n\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// verdictLine says right or wrong with a symbol and a word, never colour alone.
func (f *feedback) verdictLine() string {
	st := f.sh.styles
	r := f.result
	answer := r.Answer.Title()
	if r.Question.Kind == quiz.PickClass {
		answer = quiz.ClassLabel(r.Answer.Code / 100 * 100)
	}
	switch r.Verdict {
	case quiz.Right:
		return st.Good.Render("✓ Right!") + " " + st.Strong.Render(answer) +
			st.Muted.Render(fmt.Sprintf("   +%d points · streak %d", r.Points, r.Streak))
	case quiz.AlsoAccepted:
		return st.Good.Render("✓ Accepted.") + " " + st.Text.Render("The preferred answer is ") + st.Strong.Render(answer) +
			st.Muted.Render(fmt.Sprintf("   +%d points", r.Points))
	}
	if r.TimedOut {
		return st.Bad.Render("⏱ Time's up.") + " " + st.Text.Render("The answer is ") + st.Strong.Render(answer) + "."
	}
	return st.Bad.Render("✗ Not quite.") + " " + st.Text.Render("You chose "+f.chosenText()+"; the answer is ") + st.Strong.Render(answer) + "."
}

// chosenText names what the learner answered.
func (f *feedback) chosenText() string {
	r := f.result
	switch {
	case r.Question.Kind == quiz.PickClass:
		return quiz.ClassLabel(r.Chosen)
	case r.ChosenKnown:
		return r.ChosenEntry.Title()
	}
	return strconv.Itoa(r.Chosen)
}

// drillContrast names both sides of the pair in a drill: the answer against the
// code picked, or after a right answer against the most tempting other option.
func (f *feedback) drillContrast() string {
	d := f.play.drill()
	if d == nil {
		return ""
	}
	st := f.sh.styles
	r := f.result
	other := 0
	if r.Verdict == quiz.Wrong {
		other = r.Chosen
	} else {
		for _, o := range r.Question.Options {
			if _, ok := r.Answer.WhyNot(o.Value); ok && o.Value != r.Answer.Code && slices.Contains(d.Codes, o.Value) {
				other = o.Value
				break
			}
		}
	}
	line := st.Heading.Render("Remember:") + " " + st.Text.Render(d.Mnemonic)
	if why, ok := r.Answer.WhyNot(other); ok && r.Verdict != quiz.Wrong {
		line = st.Heading.Render(fmt.Sprintf("%d vs %d:", r.Answer.Code, other)) + " " + st.Text.Render(why) + "\n" + line
	}
	return line
}

func (f *feedback) Keys() helpKeys {
	k := f.sh.keys
	next := withHelp(k.Choose, "enter", "next")
	if f.play.session.Position() >= f.play.session.Len() {
		next = withHelp(k.Choose, "enter", "results")
	}
	back := withHelp(k.Back, "q", "end round")
	short := []key.Binding{next, back, k.Help}
	if f.scroll.overflows() {
		short = append(scrollKeys(k), short...)
	}
	return helpKeys{short: short, full: [][]key.Binding{{next}, scrollKeys(k), {back, k.Quit}}}
}
