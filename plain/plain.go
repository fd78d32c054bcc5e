// Package plain plays rounds as plain lines of text: a prompt on stdout, an
// answer read from stdin, one line at a time. No alternate screen, no cursor
// movement, no colour: it works with a screen reader, in a pipe and from a
// script, and ends with a line a script can parse: "score: N/M".
package plain

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/roundfile"
	"github.com/httpquiz/httpquiz/store"
)

// Round is what to play.
type Round struct {
	Title  string
	Mode   string // in the progress records: practice, typed, drill:auth, timed, review
	Config quiz.Config
	// A timed round's limits: a question answered after PerQuestion counts as
	// missed; the round stops asking once Total has passed.
	PerQuestion, Total time.Duration
	// Lesson is shown first, for drills.
	Lesson string
	// OutFile, when set, is rewritten with every answer as it is given.
	OutFile string
}

// Options are the round and everything it needs.
type Options struct {
	Round     Round
	Catalogue *content.Catalogue
	Deck      content.Deck
	In        io.Reader
	Out       io.Writer
	Warn      io.Writer // one line when progress cannot be saved
	Clock     quiz.Clock
	Progress  *store.Lazy // nil: progress is not kept
	Version   string
	// Echo repeats each answer read after its prompt, for input that is not
	// typed at a terminal (which echoes it itself), so that the transcript reads
	// the same either way.
	Echo bool
}

// Run plays the round to its end, to "q", or to the end of the input, and
// prints the results. Every answer is saved as it is given.
func Run(ctx context.Context, o Options) (quiz.Summary, error) {
	s, err := quiz.New(o.Catalogue, o.Deck, o.Round.Config, o.Clock)
	if err != nil {
		return quiz.Summary{}, err
	}
	p := &player{o: o, s: s, in: bufio.NewReader(o.In), out: bufio.NewWriter(o.Out)}
	p.saver = newSaver(o, s.Config().Seed)
	err = p.play(ctx)
	sum := s.Summary()
	p.saver.end(sum, o.Clock())
	p.results(sum)
	if ferr := p.out.Flush(); err == nil {
		err = ferr
	}
	return sum, err
}

type player struct {
	o     Options
	s     *quiz.Session
	in    *bufio.Reader
	out   *bufio.Writer
	saver *saver
}

func (p *player) printf(format string, args ...any) { fmt.Fprintf(p.out, format, args...) }

// errStop means the learner asked to stop, or the input ended.
var errStop = errors.New("stop")

func (p *player) play(ctx context.Context) error {
	r := p.o.Round
	p.printf("%s: %d questions, seed %d.", r.Title, p.s.Len(), p.s.Config().Seed)
	switch {
	case r.PerQuestion > 0:
		p.printf(" %s per question.", r.PerQuestion)
	case r.Total > 0:
		p.printf(" %s for the round.", r.Total)
	}
	p.printf(" Type q to stop.\n")
	if r.Lesson != "" {
		p.printf("\n%s\n", r.Lesson)
	}
	started := p.o.Clock()
	for !p.s.Done() {
		if ctx.Err() != nil {
			return nil
		}
		if r.Total > 0 && p.o.Clock().Sub(started) >= r.Total {
			p.printf("\nTime's up.\n")
			p.s.Stop()
			return nil
		}
		if err := p.ask(); err != nil {
			if errors.Is(err, errStop) {
				p.s.Stop()
				return nil
			}
			return err
		}
		p.s.Next()
	}
	return nil
}

// ask shows the current question, reads answers until one is valid, and
// shows the feedback.
func (p *player) ask() error {
	q := p.s.Current()
	p.printf("\nQuestion %d of %d", p.s.Position(), p.s.Len())
	if q.Retry > 0 {
		p.printf(" (again: a code you missed earlier)")
	}
	p.printf("\n%s\n", q.Prompt())
	for i, o := range q.Options {
		p.printf("  %d) %s\n", i+1, o.Label)
	}
	p.s.Begin()
	shown := p.o.Clock()
	for {
		if q.Multiple() {
			p.printf("Answer 1-%d: ", len(q.Options))
		} else {
			p.printf("Type the status code: ")
		}
		if err := p.out.Flush(); err != nil {
			return err
		}
		line, err := p.in.ReadString('\n')
		answer := strings.TrimSpace(line)
		if p.o.Echo && answer != "" {
			p.printf("%s\n", answer)
		}
		if answer == "" && err != nil {
			p.printf("\n")
			return errStop // end of input
		}
		if strings.EqualFold(answer, "q") || strings.EqualFold(answer, "quit") {
			return errStop
		}
		if value, ok := parse(q, answer); ok {
			p.feedback(p.answer(value, shown))
			return nil
		}
		if q.Multiple() {
			p.printf("Please answer with a number from 1 to %d, or q to stop.\n", len(q.Options))
		} else {
			p.printf("Please type three digits, such as 404, or q to stop.\n")
		}
	}
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
		if o.Value == n && q.Kind != quiz.PickClass {
			return n, true
		}
	}
	return 0, false
}

// answer grades the answer; in a round with a limit per question, one that
// came after the limit counts as missed.
func (p *player) answer(value int, shown time.Time) quiz.Result {
	now := p.o.Clock()
	var r quiz.Result
	if limit := p.o.Round.PerQuestion; limit > 0 && now.Sub(shown) > limit {
		r = p.s.TimeOut()
	} else {
		r = p.s.Answer(value)
	}
	p.saver.record(r, now)
	if path := p.o.Round.OutFile; path != "" {
		s := p.s
		rows := roundfile.Rows(s.Config().Seed, p.o.Deck.Hash(), p.o.Version, s.Results())
		if err := roundfile.Write(path, rows, s.Score()); err != nil && p.o.Warn != nil {
			fmt.Fprintf(p.o.Warn, "httpquiz: warning: cannot write %s: %v\n", path, err)
		}
	}
	return r
}

func (p *player) feedback(r quiz.Result) {
	answer := r.Answer.Title()
	if r.Question.Kind == quiz.PickClass {
		answer = quiz.ClassLabel(r.Answer.Code / 100 * 100)
	}
	switch r.Verdict {
	case quiz.Right:
		p.printf("Right: %s. +%d points.", answer, r.Points)
	case quiz.AlsoAccepted:
		p.printf("Accepted. The preferred answer is %s. +%d points.", answer, r.Points)
	case quiz.Wrong:
		if r.TimedOut {
			p.printf("Too late: the time for this question ran out. The answer is %s.", answer)
		} else {
			p.printf("Wrong. You chose %s; the answer is %s.", chosen(r), answer)
		}
	}
	if p.o.Round.PerQuestion > 0 || p.o.Round.Total > 0 {
		p.printf(" (%.1f s)", r.Elapsed.Seconds())
	}
	p.printf("\n")
	if r.Explanation != "" {
		p.printf("Why: %s\n", r.Explanation)
	}
	if r.Verdict == quiz.AlsoAccepted && r.AcceptNote != "" {
		p.printf("Also accepted: %s\n", r.AcceptNote)
	}
	if r.Verdict == quiz.Wrong && r.WhyNot != "" {
		p.printf("Why not %s: %s\n", chosen(r), r.WhyNot)
	}
}

func chosen(r quiz.Result) string {
	switch {
	case r.Question.Kind == quiz.PickClass:
		return quiz.ClassLabel(r.Chosen)
	case r.ChosenKnown:
		return r.ChosenEntry.Title()
	}
	return strconv.Itoa(r.Chosen)
}

// results prints the summary and, last, the line for scripts.
func (p *player) results(sum quiz.Summary) {
	p.printf("\nResults: %d points, %d of %d right", sum.Score, sum.Right, sum.Answered)
	if sum.Answered > 0 {
		p.printf(" (%.0f%%), best streak %d, average %.1f s", 100*sum.Accuracy(), sum.BestStreak, sum.AverageTime.Seconds())
	}
	p.printf(".\n")
	for _, m := range sum.Missed {
		p.printf("Missed: %s (%s)\n", m.Answer.Title(), m.Question.ID())
	}
	p.printf("score: %d/%d\n", sum.Right, sum.Answered)
}
