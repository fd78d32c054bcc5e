package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/content"
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
	n             int      // which answer of the round this is
	response      []string // what the lab answered a lab question's request
	scroll        scroller
	width, height int
}

func newFeedback(sh *shared, p *play, r quiz.Result) *feedback {
	return &feedback{sh: sh, play: p, result: r, said: present.Explain(r, p.Spec.Drill(), p.Spec.Timed != nil),
		n: len(p.Session.Results())}
}

func (f *feedback) SetSize(w, h int) {
	f.width, f.height = w, h
	f.scroll.set(f.content(), h-2)
}

func (f *feedback) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(labResponseMsg); ok {
		f.response = msg.lines
		f.scroll.set(f.content(), f.height-2)
		return f, nil
	}
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
		case msg.String() == "e":
			return f.open(f.result.Answer), nil
		case msg.String() == "c" && f.pickedOther():
			return f.open(f.result.ChosenEntry), nil
		}
	}
	return f, nil
}

// open reads a code's entry; back comes back here.
func (f *feedback) open(code content.Code) screen {
	e := newEntryScreen(f.sh, code, f)
	e.SetSize(f.width, f.height)
	return e
}

// pickedOther reports whether the learner picked a code other than the
// answer, whose entry c opens.
func (f *feedback) pickedOther() bool {
	r := f.result
	return r.ChosenKnown && !r.TimedOut && r.Chosen != r.Answer.Code && r.Question.Kind.ChoosesCode()
}

// View keeps the header in place while the rest scrolls under it.
func (f *feedback) View() string {
	f.scroll.set(f.content(), f.height-2)
	return f.header() + "\n\n" + f.scroll.view(f.sh.styles)
}

// header is the round's title, where the question stands, and whether the
// answer is saved.
func (f *feedback) header() string {
	s := f.play.Session
	note := present.Progress(s.Position(), s.Len())
	if _, ok := f.play.RoundLeft(); ok {
		note = present.Clock(f.play.Play) + " · " + note
	}
	if f.play.saved >= f.n {
		note += " · saved"
	}
	return theme.Header(f.sh.styles, f.play.Spec.Title, note, f.width)
}

// content is the feedback below its header, before it is fitted to the window.
func (f *feedback) content() string {
	st := f.sh.styles
	var b strings.Builder
	b.WriteString(theme.Wrap(st.Verdict(f.said.Verdict), f.width) + "\n\n")
	b.WriteString(f.question() + "\n\n")
	if f.result.Question.Scenario != nil && f.result.Question.Scenario.Request != nil {
		b.WriteString(f.labAnswer() + "\n\n")
	}
	for _, p := range f.said.Paragraphs {
		b.WriteString(st.Paragraph(p, f.width) + "\n\n")
	}
	if f.play.Expired() {
		b.WriteString(theme.Wrap(st.Warn.Render(present.Expired), f.width) + "\n\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// labAnswer is the lab's real response to the question's request.
func (f *feedback) labAnswer() string {
	st := f.sh.styles
	if f.response == nil {
		return st.Muted.Render("Sending the request to the lab…")
	}
	return st.Heading.Render("What the lab answered:") + "\n" + exchangeBlock(st, f.response, f.width)
}

// question is the question as it was asked, kept on screen: the prompt and
// every option, the pick and the answer marked in signs and words.
func (f *feedback) question() string {
	st := f.sh.styles
	lines := []string{theme.Wrap(st.Muted.Render(f.result.Question.Prompt()), f.width), ""}
	if sc := f.result.Question.Scenario; sc != nil && sc.Request != nil {
		lines = append(lines, exchangeBlock(st, present.RequestLines(*sc.Request), f.width), "")
	}
	for _, c := range present.Choices(f.result) {
		line := "  " + st.Tone(c.Tone).Render(c.Mark) + " " + st.Text.Render(c.Label)
		if c.Note != "" {
			line += st.Muted.Render("  ← " + c.Note)
		}
		lines = append(lines, theme.Truncate(line, f.width))
	}
	return strings.Join(lines, "\n")
}

func (f *feedback) Keys() helpKeys {
	k := f.sh.keys
	next := withHelp(k.Choose, "enter", "next")
	if s := f.play.Session; s.Position() >= s.Len() {
		next = withHelp(k.Choose, "enter", "results")
	}
	back := withHelp(k.Back, "q", "end round")
	entry := key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "the answer's entry"))
	keys := []key.Binding{entry}
	if f.pickedOther() {
		keys = append(keys, key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "your pick's entry")))
	}
	short := append([]key.Binding{next}, append(keys, back, k.Help)...)
	if f.scroll.overflows() {
		short = append(scrollKeys(k), short...)
	}
	return helpKeys{short: short, full: [][]key.Binding{{next}, keys, allScrollKeys(k), {back, k.Quit}}}
}
