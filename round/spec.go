// Package round is a round as a whole, apart from any face: what to play
// (Spec), playing it against its clocks (Play), and keeping what was played
// (Recorder). The full screen, plain mode and the command line build every
// round here, so that they agree on what a round is. No terminal code.
package round

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
)

// Spec is what to play: built once, by one of the constructors below, wherever
// the round is asked for (a command, the menu, a retry).
type Spec struct {
	Title string
	// Mode names the kind of round in the progress records: practice, typed,
	// drill:auth, timed, review, retry.
	Mode   string
	Config quiz.Config
	// RandomSeed asks for a fresh seed when the round starts, instead of
	// Config.Seed: the seed policy, decided with the spec and applied once.
	RandomSeed bool
	// Timed makes the round timed; nil for a round without a clock.
	Timed *Limits
	// Out is a file that gets every answer as it is given (.json or .csv).
	Out string
}

// Limits are a timed round's clocks: one per question, or one for the whole
// round. With NoTimer there is no clock at all and no speed score, for
// players who need the time. The clocks run only while a question is open.
type Limits struct {
	PerQuestion time.Duration // each question closes when this runs out
	Total       time.Duration // the round ends when this runs out
	NoTimer     bool
}

// ParTime is the time speed is scored against in a round with one overall
// limit and none per question.
const ParTime = 20 * time.Second

// Timing is how the quiz engine scores a round with these limits: speed is
// measured against the per-question limit, or the par time without one.
func (l Limits) Timing() *quiz.Timing {
	allowed := l.PerQuestion
	if allowed == 0 {
		allowed = ParTime
	}
	return &quiz.Timing{Allowed: allowed, NoSpeed: l.NoTimer}
}

// Clocked reports whether the round runs against a clock.
func (s Spec) Clocked() bool { return s.Timed != nil && !s.Timed.NoTimer }

// Drill is the round's drill, if it is one.
func (s Spec) Drill() *content.Drill { return s.Config.Drill }

// WithSeed fixes the round's seed.
func (s Spec) WithSeed(seed uint64) Spec {
	s.Config.Seed, s.RandomSeed = seed, false
	return s
}

// resolve applies the seed policy: a random seed is drawn now, once.
func (s Spec) resolve(seed func() uint64) Spec {
	if s.RandomSeed && seed != nil {
		s = s.WithSeed(seed())
	}
	if s.Timed != nil {
		s.Config.Timed = s.Timed.Timing()
	}
	return s
}

// Practice is a round of mixed questions from the whole deck, or of one topic;
// typed ones are answered by typing the code.
func Practice(count int, topic string, typed bool) Spec {
	s := Spec{Title: "Practice", Mode: "practice", RandomSeed: true,
		Config: quiz.Config{Count: count, Topic: topic, Kinds: quiz.PracticeKinds, Follow: true}}
	if typed {
		s.Title, s.Mode = "Typed practice", "typed"
		s.Config.Kinds = []quiz.Kind{quiz.TypeCode}
	}
	if topic != "" {
		s.Title += ": " + content.Printable(topic, 40) // a topic comes from a deck
	}
	return s
}

// LabPredict is a round of the lab's questions: each a real request, whose
// status the learner predicts before the lab answers it.
func LabPredict(count int) Spec {
	s := Practice(count, content.LabTopic, false)
	s.Title, s.Mode, s.Config.Kinds = "Lab: predict", "lab", []quiz.Kind{quiz.PickCode}
	return s
}

// MixUps is a drill of the codes a learner confused, in pairs: the
// scenarios answered by any of them, and a lesson made of the catalogue's
// notes on each pair.
func MixUps(cat *content.Catalogue, pairs [][2]int, count int) Spec {
	d := content.Drill{Name: "mix-ups", ByCode: true}
	var names, lesson []string
	for _, p := range pairs {
		names = append(names, fmt.Sprintf("%d/%d", p[0], p[1]))
		for _, c := range p {
			if !slices.Contains(d.Codes, c) {
				d.Codes = append(d.Codes, c)
			}
		}
		if why := confusionNote(cat, p[0], p[1]); why != "" {
			lesson = append(lesson, why)
		}
	}
	d.Title = "Your mix-ups: " + strings.Join(names, ", ")
	d.Lesson = strings.Join(lesson, " ")
	return Drill(d, count)
}

// confusionNote is what the catalogue says about telling a from b, from
// either side.
func confusionNote(cat *content.Catalogue, a, b int) string {
	for _, pair := range [][2]int{{a, b}, {b, a}} {
		if e, ok := cat.Lookup(pair[0]); ok {
			for _, c := range e.Confusions {
				if c.Code == pair[1] {
					return fmt.Sprintf("%d vs %d: %s", pair[0], pair[1], c.Why)
				}
			}
		}
	}
	return ""
}

// Drill is the round a drill plays: its scenarios, its codes first as options.
func Drill(d content.Drill, count int) Spec {
	return Spec{Title: "Drill: " + d.Name, Mode: "drill:" + d.Name, RandomSeed: true,
		Config: quiz.Config{Count: count, Kinds: []quiz.Kind{quiz.PickCode}, Drill: &d}}
}

// DefaultRoundTime is a timed round's time, unless another is asked for.
const DefaultRoundTime = 120 * time.Second

// Timed is a round against the clock, the same for everyone with one seed.
func Timed(count int, limits Limits, out string) Spec {
	return Spec{Title: "Timed round", Mode: "timed", RandomSeed: true, Timed: &limits, Out: out,
		Config: quiz.Config{Count: count, Kinds: []quiz.Kind{quiz.PickCode}}}
}

// Classroom is the round a classroom plays: one question at a time for the
// whole room, each with the same time.
func Classroom(count int, perQuestion time.Duration) Spec {
	return Spec{Title: "Classroom", Mode: "classroom", RandomSeed: true, Timed: &Limits{PerQuestion: perQuestion},
		Config: quiz.Config{Count: count, Kinds: []quiz.Kind{quiz.PickCode}}}
}

// Retry plays again the questions of a round that were missed, by id.
func (s Spec) Retry(ids []string) Spec {
	s.Title = "Retry: " + strings.TrimPrefix(s.Title, "Retry: ")
	s.Mode = "retry"
	s.Config.Replay = ids
	s.Out = "" // a retry does not overwrite the first round's results file
	return s
}

// Content is what rounds are played from: the catalogue, the deck, and where
// the deck came from, for messages.
type Content struct {
	Catalogue *content.Catalogue
	Deck      content.Deck
	// Sources are the deck files played, with BuiltinBank for the built-in one.
	Sources []string
	// Lab are the lab's questions, each a request to send to a running lab.
	// They join the deck only in a round that asks them (Config.AsksLab).
	Lab []content.Scenario
}

// BuiltinBank names the built-in scenario bank among a round's sources.
const BuiltinBank = "the built-in bank"

// Builtin is the content compiled into the program.
func Builtin() (Content, error) {
	b, err := content.LoadBuiltin()
	if err != nil {
		return Content{}, err
	}
	return Content{Catalogue: b.Catalogue, Deck: b.Deck, Sources: []string{BuiltinBank}}, nil
}
