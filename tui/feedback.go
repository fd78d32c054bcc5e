package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/theme"
)

// feedback shows how an answer was graded and teaches from it, in the words
// every face uses.
type feedback struct {
	sh            *shared
	play          *play
	result        quiz.Result
	said          present.Feedback
	n             int // which answer of the round this is
	scroll        scroller
	width, height int
}

func newFeedback(sh *shared, p *play, r quiz.Result) *feedback {
	return &feedback{sh: sh, play: p, result: r, said: present.Explain(r, p.Spec.Drill(), p.Spec.Timed != nil),
		n: len(p.Session.Results())}
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
			f.play.Next()
			if f.play.Done() {
				return f, send(goMsg{to: toResults, play: f.play})
			}
			return f, send(goMsg{to: toQuestion, play: f.play})
		case keyIs(msg, f.sh.keys.Back):
			f.play.Stop()
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
	s := f.play.Session
	var b strings.Builder
	note := present.Progress(s.Position(), s.Len())
	if _, ok := f.play.RoundLeft(); ok {
		note = present.Clock(f.play.Play) + " · " + note
	}
	if f.play.saved >= f.n {
		note += " · saved"
	}
	b.WriteString(theme.Header(st, f.play.Spec.Title, note, f.width) + "\n\n")
	b.WriteString(theme.Wrap(st.Verdict(f.said.Verdict), f.width) + "\n\n")
	for _, p := range f.said.Paragraphs {
		b.WriteString(st.Paragraph(p, f.width) + "\n\n")
	}
	if f.play.Expired() {
		b.WriteString(theme.Wrap(st.Warn.Render(present.Expired), f.width) + "\n\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (f *feedback) Keys() helpKeys {
	k := f.sh.keys
	next := withHelp(k.Choose, "enter", "next")
	if s := f.play.Session; s.Position() >= s.Len() {
		next = withHelp(k.Choose, "enter", "results")
	}
	back := withHelp(k.Back, "q", "end round")
	short := []key.Binding{next, back, k.Help}
	if f.scroll.overflows() {
		short = append(scrollKeys(k), short...)
	}
	return helpKeys{short: short, full: [][]key.Binding{{next}, scrollKeys(k), {back, k.Quit}}}
}
