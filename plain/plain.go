// Package plain plays rounds as plain lines of text: a prompt on stdout, an
// answer read from stdin, one line at a time. No alternate screen, no cursor
// movement, no color: it works with a screen reader, in a pipe and from a
// script, and ends with a line a script can parse: "score: N/M". The round
// and its words come from round and present, as in every face.
package plain

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// Options are the round and where it is played.
type Options struct {
	Play     *round.Play
	Recorder *round.Recorder // nil: nothing is kept
	In       io.Reader
	Out      io.Writer
	Warn     io.Writer // one line for each failure to keep the answers
	// Echo repeats each answer read after its prompt, for input that is not
	// typed at a terminal (which echoes it itself), so that the transcript reads
	// the same either way.
	Echo bool
	// Exchange sends a lab question's request to a lab once it is answered,
	// and returns the response's lines (present.ResponseLines); nil for a
	// round without a lab.
	Exchange func(content.Request) ([]string, error)
	// LabURL is that lab's address, for the curl line of each lab question.
	LabURL string
}

// Run plays the round to its end, to "q", or to the end of the input, and
// prints the results. Every answer is kept as it is given.
func Run(ctx context.Context, o Options) (quiz.Summary, error) {
	p := &player{o: o, play: o.Play, in: bufio.NewReader(o.In), out: bufio.NewWriter(o.Out)}
	err := p.run(ctx)
	sum := p.play.Summary()
	p.warn(o.Recorder.End(sum, p.play.ClosedAt()))
	p.results()
	if ferr := p.out.Flush(); err == nil {
		err = ferr
	}
	return sum, err
}

type player struct {
	o    Options
	play *round.Play
	in   *bufio.Reader
	out  *bufio.Writer
}

// printf is the one way out to the terminal: whatever a deck or a file put
// in the text, no control character passes (plain mode draws no color).
func (p *player) printf(format string, args ...any) {
	p.out.WriteString(content.Safe(fmt.Sprintf(format, args...)))
}

func (p *player) warn(err error) {
	if err != nil && p.o.Warn != nil {
		fmt.Fprintln(p.o.Warn, "httpquiz: warning:", err)
	}
}

// errStop means the learner asked to stop, or the input ended.
var errStop = errors.New("stop")

func (p *player) run(ctx context.Context) error {
	p.printf("%s", present.Intro(p.play))
	if rules := present.Rules(p.play); rules != "" {
		p.printf(" %s", rules)
	}
	p.printf(" Type q to stop.\n")
	if note := present.Shortened(p.play); note != "" {
		p.printf("%s\n", note)
	}
	if d := p.play.Spec.Drill(); d != nil {
		l := present.LessonOf(*d)
		p.printf("\n%s\n%s\n", l.Title, l.Body)
		if l.Remember.Text != "" {
			p.printf("%s %s\n", l.Remember.Label, l.Remember.Text)
		}
	}
	for !p.play.Done() {
		if ctx.Err() != nil {
			p.play.Stop()
			return nil
		}
		if err := p.ask(); err != nil {
			p.play.Stop()
			if errors.Is(err, errStop) {
				return nil
			}
			return err
		}
		p.play.Next()
	}
	if p.play.Expired() {
		p.printf("%s\n", present.Expired)
	}
	return nil
}

// ask shows the current question, reads answers until one is taken, and
// shows the feedback.
func (p *player) ask() error {
	q := p.play.Current()
	p.printf("\n%s", present.Progress(p.play.Session.Position(), p.play.Session.Len()))
	if q.Retry > 0 {
		p.printf(" · %s", present.Again)
	}
	p.printf("\n%s\n", q.Prompt())
	if sc := q.Scenario; sc != nil && sc.Request != nil {
		for _, l := range present.RequestLines(*sc.Request) {
			p.printf("    %s\n", l)
		}
		if p.o.LabURL != "" {
			p.printf("Or: %s\n", present.Curl(p.o.LabURL, *sc.Request))
		}
	}
	for i, o := range q.Options {
		p.printf("  %d) %s\n", i+1, o.Label)
	}
	p.play.Open()
	for {
		answer, err := p.readAnswer(q)
		if err != nil {
			return err
		}
		value, ok := parse(q, answer)
		if !ok {
			p.printf("%s\n", hint(q))
			continue
		}
		r, err := p.play.Answer(value)
		var notACode *round.NotACodeError
		if errors.As(err, &notACode) {
			p.printf("%v.\n", err)
			continue
		}
		if err != nil {
			return err
		}
		p.feedback(r)
		_, err = p.o.Recorder.Record(len(p.play.Session.Results()), r, p.play.ClosedAt())
		p.warn(err)
		return nil
	}
}

// readAnswer prompts for an answer and reads one line.
func (p *player) readAnswer(q quiz.Question) (string, error) {
	if q.Multiple() {
		p.printf("Answer 1-%d: ", len(q.Options))
	} else {
		p.printf("Type the status code: ")
	}
	if err := p.out.Flush(); err != nil {
		return "", err
	}
	line, err := p.in.ReadString('\n')
	answer := strings.TrimSpace(line)
	if p.o.Echo && answer != "" {
		p.printf("%s\n", answer)
	}
	switch {
	case answer == "" && err != nil:
		p.printf("\n")
		return "", errStop // end of input
	case strings.EqualFold(answer, "q") || strings.EqualFold(answer, "quit"):
		return "", errStop
	}
	return answer, nil
}

func hint(q quiz.Question) string {
	if q.Multiple() {
		return fmt.Sprintf("Please answer with a number from 1 to %d, or q to stop.", len(q.Options))
	}
	return "Please type three digits, such as 404, or q to stop."
}

// parse reads an answer: an option's number, or a status code (which picks
// the option with that code, for the multiple-choice kinds that show codes).
func parse(q quiz.Question, answer string) (int, bool) {
	n, err := strconv.Atoi(answer)
	if err != nil {
		return 0, false
	}
	if !q.Multiple() {
		return n, n >= 100 && n <= 999
	}
	if n >= 1 && n <= len(q.Options) {
		return q.Options[n-1].Value, true
	}
	for _, o := range q.Options {
		if o.Value == n && q.Kind.ChoosesCode() {
			return n, true
		}
	}
	return 0, false
}

func (p *player) feedback(r quiz.Result) {
	f := present.Explain(r, p.play.Spec.Drill(), p.play.Spec.Timed != nil)
	p.printf("%s\n", f.Verdict)
	if sc := r.Question.Scenario; sc != nil && sc.Request != nil && p.o.Exchange != nil {
		lines, err := p.o.Exchange(*sc.Request)
		if err != nil {
			lines = []string{"The lab did not answer: " + err.Error()}
		}
		p.printf("What the lab answered:\n")
		for _, l := range lines {
			p.printf("    %s\n", l)
		}
	}
	for _, para := range f.Paragraphs {
		p.printf("%s %s\n", para.Label, para.Text)
	}
}

// results prints the summary and, last, the line for scripts.
func (p *player) results() {
	res := present.Summarize(p.play)
	stats := make([]string, len(res.Stats))
	for i, s := range res.Stats {
		stats[i] = s.Label + " " + s.Value
	}
	p.printf("\n%s. %s.\n", res.Title, strings.Join(stats, " · "))
	if len(res.Classes) > 0 {
		classes := make([]string, len(res.Classes))
		for i, c := range res.Classes {
			classes[i] = c.Label + " " + c.Value
		}
		p.printf("By class: %s\n", strings.Join(classes, " · "))
	}
	if len(res.Pairs) > 0 {
		pairs := make([]string, len(res.Pairs))
		for i, pair := range res.Pairs {
			pairs[i] = pair.String()
		}
		p.printf("Mixed up: %s\n", strings.Join(pairs, ", "))
	}
	for _, m := range res.Missed {
		p.printf("Missed: %s%s — %s\n", m.Answer, present.MissNote(m), strings.Join(m.Prompts, " / "))
	}
	if res.Note.Text != "" {
		p.printf("%s\n", res.Note)
	}
	if len(res.Steps) > 0 {
		p.printf("Time per question:\n")
		for _, s := range res.Steps {
			p.printf("%s\n", s)
		}
	}
	sum := p.play.Summary()
	p.printf("score: %d/%d\n", sum.Right, sum.Answered)
}
