package tui

import (
	"github.com/charmbracelet/x/ansi"
	"time"

	"charm.land/lipgloss/v2"
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/theme"
)

// question asks the current question of a round.
type question struct {
	sh            *shared
	play          *play
	cur           quiz.Question // asked when the screen opened: the round may end under it
	cursor        int           // highlighted option
	typed         string        // digits typed so far, for typed questions
	refused       string        // why the last typed code was not taken
	bar           progress.Model
	prompt        scroller // the prompt, when the window is too short for it
	width, height int
}

func newQuestion(sh *shared, p *play) *question {
	bar := progress.New(progress.WithoutPercentage(), progress.WithColors(sh.styles.Palette.Accent),
		progress.WithFillCharacters('█', '░'))
	return &question{sh: sh, play: p, cur: p.Current(), bar: bar, prompt: scroller{pageKeys: true}}
}

func (q *question) SetSize(w, h int) {
	q.width, q.height = w, h
	q.bar.SetWidth(max(min(w-24, 40), 4))
}

func (q *question) Update(msg tea.Msg) (screen, tea.Cmd) {
	key, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return q, nil
	}
	k := q.sh.keys
	cur := q.cur
	switch {
	case q.play.Session.Answered() || q.play.Done():
		return q, nil // closed by its clock: the feedback is on its way
	case keyIs(key, k.Back):
		return q, q.leave()
	case keyIs(key, k.ScrollUp) || keyIs(key, k.ScrollDown):
		q.prompt.update(key, k)
		return q, nil
	case cur.Multiple():
		return q, q.updateChoice(key, cur)
	default:
		return q, q.updateTyped(key)
	}
}

// leave ends the round early: to the results if anything was answered.
func (q *question) leave() tea.Cmd {
	if len(q.play.Session.Results()) > 0 {
		q.play.Stop()
		return send(goMsg{to: toResults, play: q.play})
	}
	return goTo(toMenu)
}

func (q *question) updateChoice(msg tea.KeyPressMsg, cur quiz.Question) tea.Cmd {
	k := q.sh.keys
	n := len(cur.Options)
	switch {
	case keyIs(msg, k.Answer):
		i, _ := strconv.Atoi(msg.String())
		if i >= 1 && i <= n {
			return q.answer(cur.Options[i-1].Value)
		}
	case keyIs(msg, k.Up):
		q.cursor = (q.cursor - 1 + n) % n
	case keyIs(msg, k.Down):
		q.cursor = (q.cursor + 1) % n
	case keyIs(msg, k.Choose):
		return q.answer(cur.Options[q.cursor].Value)
	}
	return nil
}

func (q *question) updateTyped(msg tea.KeyPressMsg) tea.Cmd {
	k := q.sh.keys
	switch {
	case keyIs(msg, k.Digits):
		if len(q.typed) < 3 {
			q.typed += msg.String()
			q.refused = ""
		}
	case keyIs(msg, k.Erase):
		if q.typed != "" {
			q.typed = q.typed[:len(q.typed)-1]
		}
	case msg.String() == "enter" && len(q.typed) == 3:
		code, _ := strconv.Atoi(q.typed)
		return q.answer(code)
	}
	return nil
}

// answer grades the answer and moves on to the feedback, keeping the answer
// in the background. A typed number that is not a registered code is refused
// where it was typed, and costs nothing.
func (q *question) answer(value int) tea.Cmd {
	r, err := q.play.Answer(value)
	if err != nil {
		q.refused, q.typed = err.Error()+".", ""
		return nil
	}
	return q.after(r)
}

// after shows the feedback on a closed question and keeps its answer.
func (q *question) after(r quiz.Result) tea.Cmd {
	n := len(q.play.Session.Results())
	return tea.Batch(send(goMsg{to: toFeedback, play: q.play, result: r}), q.play.record(n, r))
}

func (q *question) View() string {
	st := q.sh.styles
	s := q.play.Session
	cur := q.cur
	score := fmt.Sprintf("Score %d · Streak %d", s.Score(), s.Streak())
	if clock := present.Clock(q.play.Play); clock != "" {
		score = clock + " · " + score
	}
	header := theme.Header(st, q.play.Spec.Title, score, q.width) + "\n"
	progress := st.Muted.Render(present.Progress(s.Position(), s.Len())+"  ") +
		q.bar.ViewAs(float64(s.Position()-1)/float64(max(s.Len(), 1))) + "\n"
	var notes strings.Builder
	if clock := q.clockBar(); clock != "" {
		notes.WriteString(clock + "\n")
	}
	notes.WriteString("\n")
	if note := present.Shortened(q.play.Play); note != "" && s.Position() == 1 {
		notes.WriteString(theme.Wrap(st.Muted.Render(note), q.width) + "\n\n")
	}
	if cur.Retry > 0 {
		notes.WriteString(st.Warn.Render("↻ "+present.Again) + "\n\n")
	}
	prompt := theme.Wrap(st.Strong.Render(cur.Prompt()), q.width)
	if sc := cur.Scenario; sc != nil && sc.Request != nil {
		prompt += "\n\n" + exchangeBlock(st, present.RequestLines(*sc.Request), q.width)
		if url := q.sh.lab.URL; url != "" {
			prompt += "\n" + theme.Wrap(st.Muted.Render("Or: "+present.Curl(url, *sc.Request)), q.width)
		}
	}
	answer := q.typedView()
	if cur.Multiple() {
		answer = q.optionsView(cur)
	}
	// In a short window the prompt and the options come first: the
	// progress bar goes, and then the prompt scrolls (pgup/pgdn) above
	// options that stay in place.
	// The blank lines between the parts go first when it is tight (see
	// theme.Squeeze), so they are not counted.
	room := q.height - textLines(header+notes.String()) - textLines(answer)
	if lipgloss.Height(prompt) <= room-1 {
		header += progress
	}
	q.prompt.set(prompt, max(room, 2))
	return header + notes.String() + q.prompt.view(st) + "\n\n" + answer
}

// clockBar is the time left as a bar, in a round with a clock: the
// question's, else the whole round's.
func (q *question) clockBar() string {
	limits := q.play.Spec.Timed
	left, ok := q.play.QuestionLeft()
	total := time.Duration(0)
	if ok {
		total = limits.PerQuestion
	} else if left, ok = q.play.RoundLeft(); ok {
		total = limits.Total
	}
	if !ok {
		return ""
	}
	label := present.Clock(q.play.Play)
	if word := present.AlmostUp(left, total); word != "" {
		label += " · " + word
	}
	return theme.TimeBar(q.sh.styles, left, total, max(min(q.width-lipgloss.Width(label)-2, 60), 4)) + "  " +
		q.sh.styles.Strong.Render(label)
}

func (q *question) optionsView(cur quiz.Question) string {
	st := q.sh.styles
	var lines []string
	for i, o := range cur.Options {
		marker, label := "  ", st.Text.Render(o.Label)
		if i == q.cursor {
			marker, label = st.Title.Render("▸ "), st.Strong.Render(o.Label)
		}
		num := st.Heading.Render(strconv.Itoa(i+1)) + "  "
		text := theme.Wrap(label, q.width-6)
		lines = append(lines, marker+num+strings.ReplaceAll(text, "\n", "\n     "))
	}
	return strings.Join(lines, "\n")
}

func (q *question) typedView() string {
	st := q.sh.styles
	slots := []rune("___")
	for i, r := range q.typed {
		slots[i] = r
	}
	box := st.Title.Render("  " + strings.Join(strings.Split(string(slots), ""), " "))
	hint := st.Muted.Render("Type the three digits of the status code, then press enter.")
	switch {
	case q.refused != "":
		hint = st.Warn.Render(q.refused)
	case len(q.typed) == 3:
		hint = st.Muted.Render("Press enter to answer, or backspace to change it.")
	}
	return box + "\n\n" + hint
}

func (q *question) Keys() helpKeys {
	k := q.sh.keys
	back := withHelp(k.Back, "q", "end round")
	if !q.cur.Multiple() {
		return helpKeys{
			short: []key.Binding{k.Digits, k.Erase, withHelp(k.Choose, "enter", "answer"), back, k.Help},
			full:  [][]key.Binding{{k.Digits, k.Erase, withHelp(k.Choose, "enter", "answer")}, {back, k.Quit}},
		}
	}
	h := helpKeys{
		short: []key.Binding{k.Answer, k.Up, k.Down, k.Choose, back, k.Help},
		full:  [][]key.Binding{{k.Answer, k.Up, k.Down, k.Choose}, {back, k.Quit}},
	}
	if q.prompt.overflows() {
		h.full = append(h.full, []key.Binding{k.ScrollUp, k.ScrollDown})
	}
	return h
}

// keyIs reports whether a key press matches a binding.
func keyIs(msg tea.KeyPressMsg, b key.Binding) bool { return key.Matches(msg, b) }

// textLines counts the lines of s that are not blank.
func textLines(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(ansi.Strip(l)) != "" {
			n++
		}
	}
	return n
}
