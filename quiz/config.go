package quiz

import (
	"errors"
	"fmt"
	"slices"

	"github.com/httpquiz/httpquiz/content"
)

// DefaultCount is how many questions a practice round asks unless told otherwise.
const DefaultCount = 10

// MaxCount bounds a round; far more than anyone answers in one sitting.
const MaxCount = 1000

// MaxRetries is how many more times a missed code comes back in the same round.
const MaxRetries = 2

// Config says what a session asks. Together with the deck and the seed it
// determines every question, option and order.
type Config struct {
	// Count is the number of planned questions; retries of missed codes come on top.
	Count int
	// Seed drives every random choice.
	Seed uint64
	// Kinds are the question kinds to mix. Scenario kinds (PickCode or
	// TypeCode) make up about three questions in four when the others
	// (meaning, class, name and header questions) are mixed in.
	Kinds []Kind
	// Topic keeps only scenarios of this topic.
	Topic string
	// Drill keeps only the drill's scenarios and ranks its codes first as options.
	Drill *content.Drill
	// Replay asks exactly these questions, by Question.ID, in this order: for
	// retrying the ones missed in an earlier round.
	Replay []string
	// Codes asks about exactly these codes, in this order, each through a
	// scenario that has it as the answer: for review rounds.
	Codes []int
	// Follow lets the order follow the learner: the round still asks what it
	// planned, but a run of right answers brings harder scenarios sooner and
	// a miss holds them back (see Session.follow). Off for timed rounds and
	// classrooms, whose order must be the same for everyone.
	Follow bool
	// LabCodes are codes of Codes to ask through the lab's questions, real
	// requests, in a round with a lab running to send them to: in review,
	// the codes last missed in the lab. A round of the lab topic asks
	// nothing else.
	LabCodes []int
	// Timed makes a timed round: speed scores, and missed codes do not come
	// back, so that every player with the same seed gets the same questions.
	Timed *Timing
}

// PracticeKinds is the default mix: scenarios, and now and then a meaning,
// a class, a name or a header to match with its code.
var PracticeKinds = []Kind{PickCode, PickMeaning, PickClass, PickName, HeaderToCode, CodeToHeader}

// Wild reports whether the session is about the codes seen in the wild: the
// wild topic or its drill. Only then are they asked, offered or graded.
func (c Config) Wild() bool {
	return c.Topic == content.WildTopic || c.Drill != nil && c.Drill.Name == content.WildTopic
}

func (c Config) validate() error {
	if c.Count < 1 || c.Count > MaxCount {
		return fmt.Errorf("count must be between 1 and %d, not %d", MaxCount, c.Count)
	}
	if len(c.Kinds) == 0 {
		return errors.New("no question kinds chosen")
	}
	if slices.Contains(c.Kinds, PickCode) && slices.Contains(c.Kinds, TypeCode) {
		return errors.New("scenario questions are either picked or typed, not both")
	}
	return nil
}

func (c Config) scenarioKind() (Kind, bool) {
	for _, k := range c.Kinds {
		if k == PickCode || k == TypeCode {
			return k, true
		}
	}
	return 0, false
}

func (c Config) catalogueKinds() []Kind {
	var out []Kind
	for _, k := range c.Kinds {
		if k != PickCode && k != TypeCode {
			out = append(out, k)
		}
	}
	return out
}

// AsksLab reports whether the lab's questions may be asked: they need a
// running lab, so only rounds that have one ask them.
func (c Config) AsksLab() bool { return len(c.LabCodes) > 0 || c.Topic == content.LabTopic }

// keeps reports whether a scenario belongs in the session's pool.
func (c Config) keeps(s content.Scenario) bool {
	if c.Topic != "" && s.Topic != c.Topic || s.Topic == content.WildTopic && !c.Wild() || s.Topic == content.LabTopic && !c.AsksLab() {
		return false
	}
	if d := c.Drill; d != nil && !(d.ByCode && slices.Contains(d.Codes, s.Answer)) && !(!d.ByCode && s.HasTag(d.Name)) {
		return false
	}
	return true
}
