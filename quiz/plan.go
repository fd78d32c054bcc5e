package quiz

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/httpquiz/httpquiz/content"
)

// CoreWeight is how much likelier a core code is to be asked than a rare one.
const CoreWeight = 3

// plan draws the round's questions.
func (s *Session) plan() ([]Question, error) {
	scenarioKind, hasScenarios := s.cfg.scenarioKind()
	catKinds := s.cfg.catalogueKinds()
	if hasScenarios && len(s.pool) == 0 {
		return nil, ErrNoScenarios
	}
	count := s.cfg.Count
	if hasScenarios && len(s.pool) < count {
		// The pool is smaller than the round: each scenario once, and nothing
		// else, rather than repeating any.
		count, catKinds = len(s.pool), nil
	}
	scenarios := s.drawScenarios(count)
	codes := s.drawCodes(count)
	var out []Question
	var last Question
	used := map[int]int{} // questions asked so far about each code
	for range count {
		// About one question in four comes from the catalogue when both are mixed.
		fromCatalogue := len(catKinds) > 0 && (!hasScenarios || s.rng.IntN(4) == 0)
		var q Question
		var err error
		if fromCatalogue {
			var code content.Code
			code, codes = takeCode(codes, used, scenarios, last.Code.Code)
			q, err = s.codeQuestion(catKinds, code, scenarios, out)
		} else {
			sc := takeScenario(&scenarios, last)
			q, err = s.scenarioQuestion(scenarioKind, sc, s.rng)
		}
		if err != nil {
			return nil, err
		}
		last = q
		used[q.Code.Code]++
		out = append(out, q)
	}
	return out, nil
}

// MaxRepeats is how many questions of a round may be about one code, where
// the deck allows (retries of a miss aside).
const MaxRepeats = 2

// takeCode pops the code for a catalogue question: the first drawn that is
// not the previous question's and that the round has not asked about
// MaxRepeats times, counting the scenarios still to come; failing that, the
// first.
func takeCode(codes []content.Code, used map[int]int, pending []content.Scenario, previous int) (content.Code, []content.Code) {
	coming := map[int]int{}
	for _, sc := range pending {
		coming[sc.Answer]++
	}
	pick := 0
	for _, fits := range []func(c int) bool{
		func(c int) bool { return c != previous && used[c]+coming[c] < MaxRepeats },
		func(c int) bool { return c != previous && used[c] < MaxRepeats },
		func(c int) bool { return c != previous },
	} {
		if i := slices.IndexFunc(codes, func(e content.Code) bool { return fits(e.Code) }); i >= 0 {
			pick = i
			break
		}
	}
	code := codes[pick]
	return code, append(codes[:pick:pick], codes[pick+1:]...)
}

// takeScenario pops the next scenario, looking a few places ahead for one that
// neither repeats the previous question nor has the same answer, so one code
// does not come twice in a row where the pool allows.
func takeScenario(list *[]content.Scenario, last Question) content.Scenario {
	l := *list
	best, fallback := -1, -1
	for i := range min(len(l), 5) {
		if l[i].ID == idOf(last) {
			continue
		}
		if fallback < 0 {
			fallback = i
		}
		if l[i].Answer != last.Code.Code {
			best = i
			break
		}
	}
	pick := 0
	switch {
	case best >= 0:
		pick = best
	case fallback >= 0:
		pick = fallback
	}
	sc := l[pick]
	*list = append(l[:pick:pick], l[pick+1:]...)
	return sc
}

func idOf(q Question) string {
	if q.Scenario == nil {
		return ""
	}
	return q.Scenario.ID
}

// drawScenarios draws up to n scenarios from the pool, weighted towards core
// codes, never the same one twice.
func (s *Session) drawScenarios(n int) []content.Scenario {
	weights := make([]int, len(s.pool))
	for i, sc := range s.pool {
		weights[i] = s.weight(sc.Answer)
	}
	// At most MaxRepeats scenarios share an answer, unless the pool is too
	// small for the round without them.
	var out, spare []content.Scenario
	answers := map[int]int{}
	for _, i := range weightedOrder(weights, s.rng) {
		if len(out) == n {
			break
		}
		sc := s.pool[i]
		if answers[sc.Answer] >= MaxRepeats {
			spare = append(spare, sc)
			continue
		}
		answers[sc.Answer]++
		out = append(out, sc)
	}
	out = append(out, spare[:min(len(spare), n-len(out))]...)
	// The round ramps: the easier scenarios first, the drawn order kept
	// within a difficulty.
	slices.SortStableFunc(out, func(a, b content.Scenario) int { return difficulty(a) - difficulty(b) })
	return out
}

// difficulty is a scenario's, 1 to 3; a deck that gives none is in the middle.
func difficulty(s content.Scenario) int {
	if s.Difficulty == 0 {
		return 2
	}
	return s.Difficulty
}

// drawCodes draws n codes for catalogue questions, weighted towards core codes,
// without repeats until every code has been used. Only codes in current use are
// asked about: unused, deprecated, obsoleted and temporary ones stay in the
// scenarios, where the situation explains them.
func (s *Session) drawCodes(n int) []content.Code {
	var codes []content.Code
	for _, e := range s.cat.Codes() {
		want := content.Current
		if s.cfg.Wild() {
			want = content.Unregistered // a round about the wild codes asks about them
		}
		if e.Status == want && (s.cfg.Drill == nil || slices.Contains(s.cfg.Drill.Codes, e.Code)) {
			codes = append(codes, e)
		}
	}
	var out []content.Code
	for len(out) < n && len(codes) > 0 {
		weights := make([]int, len(codes))
		for i, e := range codes {
			weights[i] = s.weight(e.Code)
		}
		for _, i := range weightedOrder(weights, s.rng) {
			out = append(out, codes[i])
		}
	}
	return out[:min(n, len(out))]
}

func (s *Session) weight(code int) int {
	if e, ok := s.cat.Lookup(code); ok && e.Core {
		return CoreWeight
	}
	return 1
}

// weightedOrder returns every index once, in an order drawn by weight: each
// next index is picked with probability proportional to its weight.
func weightedOrder(weights []int, rng *rand.Rand) []int {
	left := slices.Clone(weights)
	total := 0
	for _, w := range left {
		total += w
	}
	out := make([]int, 0, len(left))
	for total > 0 {
		r := rng.IntN(total)
		for i, w := range left {
			if r < w {
				out = append(out, i)
				total -= w
				left[i] = 0
				break
			}
			r -= w
		}
	}
	return out
}

// scenarioQuestion builds a question on a scenario, with options for PickCode.
func (s *Session) scenarioQuestion(kind Kind, sc content.Scenario, rng *rand.Rand) (Question, error) {
	answer, err := s.lookup(sc.Answer)
	if err != nil {
		return Question{}, err
	}
	q := Question{Kind: kind, Scenario: &sc, Code: answer}
	if kind == PickCode {
		var prefer []int
		if s.cfg.Drill != nil {
			prefer = s.cfg.Drill.Codes
		}
		codes := append([]int{answer.Code}, distractors(s.cat, answer, sc.AlsoAccept, sc.Distractors, prefer, OptionCount-1, rng)...)
		q.Options = s.codeOptions(codes, rng)
	}
	if kind == PickClass {
		q.Options = classOptions(answer.Code, rng)
	}
	return q, nil
}

// codeQuestion builds a question about code for a planned round, of one of
// kinds drawn among those that can be made for it. A class question places
// a scenario the round does not ask otherwise; a header question needs a
// fact about the code. When no kind can be made, it asks the code's meaning.
func (s *Session) codeQuestion(kinds []Kind, code content.Code, pending []content.Scenario, planned []Question) (Question, error) {
	free := s.classScenarios(code.Code, pending, planned)
	can := slices.DeleteFunc(slices.Clone(kinds), func(k Kind) bool {
		switch k {
		case PickClass:
			return len(free) == 0
		case HeaderToCode, CodeToHeader:
			return len(factsFor(k, code.Code)) == 0
		}
		return false
	})
	if len(can) == 0 {
		return s.catalogueQuestion(PickMeaning, code, s.rng)
	}
	// Few codes have header facts, so where one does, its header questions
	// are drawn twice as often as the others.
	for _, k := range can {
		if k == HeaderToCode || k == CodeToHeader {
			can = append(can, k)
		}
	}
	kind := can[s.rng.IntN(len(can))]
	if kind == PickClass {
		return s.scenarioQuestion(PickClass, free[s.rng.IntN(len(free))], s.rng)
	}
	return s.catalogueQuestion(kind, code, s.rng)
}

// classScenarios are the scenarios a class question about code may place:
// ones the round does not ask otherwise, and the easiest of them, since a
// class should be quick to place and a hard scenario only teaches when its
// exact code is asked.
func (s *Session) classScenarios(code int, pending []content.Scenario, planned []Question) []content.Scenario {
	taken := func(id string) bool {
		return slices.ContainsFunc(pending, func(sc content.Scenario) bool { return sc.ID == id }) ||
			slices.ContainsFunc(planned, func(q Question) bool { return idOf(q) == id })
	}
	var free []content.Scenario
	for _, sc := range s.pool {
		if sc.Answer == code && !taken(sc.ID) && difficulty(sc) < 3 {
			free = append(free, sc)
		}
	}
	return slices.DeleteFunc(free, func(sc content.Scenario) bool {
		return slices.ContainsFunc(free, func(o content.Scenario) bool { return difficulty(o) < difficulty(sc) })
	})
}

// factsFor are the header facts about code that can be asked kind's way.
func factsFor(kind Kind, code int) []content.HeaderFact {
	return slices.DeleteFunc(content.FactsFor(code), func(f content.HeaderFact) bool {
		return kind == HeaderToCode && f.ToCode == "" || kind == CodeToHeader && f.ToHeader == ""
	})
}

// classOptions are four classes, the one code is in among them, in order.
func classOptions(code int, rng *rand.Rand) []Option {
	classes := []int{100, 200, 300, 400, 500}
	right := classOf(code)
	others := slices.DeleteFunc(slices.Clone(classes), func(c int) bool { return c == right })
	rng.Shuffle(len(others), func(i, j int) { others[i], others[j] = others[j], others[i] })
	picked := append([]int{right}, others[:OptionCount-1]...)
	slices.Sort(picked) // classes read best in order
	out := make([]Option, len(picked))
	for i, c := range picked {
		out[i] = Option{Value: c, Label: ClassLabel(c)}
	}
	return out
}

// catalogueQuestion builds a question from the catalogue about one code: its
// meaning, its number from its name, a header fact about it, or (for a kept
// id from before class questions placed scenarios) its class.
func (s *Session) catalogueQuestion(kind Kind, code content.Code, rng *rand.Rand) (Question, error) {
	q := Question{Kind: kind, Code: code}
	switch kind {
	case PickMeaning, PickName:
		codes := append([]int{code.Code}, distractors(s.cat, code, nil, nil, nil, OptionCount-1, rng)...)
		rng.Shuffle(len(codes), func(i, j int) { codes[i], codes[j] = codes[j], codes[i] })
		for _, c := range codes {
			e, _ := s.cat.Lookup(c)
			label := e.Summary
			if kind == PickName {
				label = strconv.Itoa(c) // the name is the question
			}
			q.Options = append(q.Options, Option{Value: c, Label: label})
		}
	case PickClass:
		q.Options = classOptions(code.Code, rng)
	case HeaderToCode, CodeToHeader:
		facts := factsFor(kind, code.Code)
		if len(facts) == 0 {
			return Question{}, fmt.Errorf("no header question about %d", code.Code)
		}
		return s.headerQuestion(kind, facts[rng.IntN(len(facts))], rng)
	default:
		return Question{}, fmt.Errorf("%v is not a catalogue question kind", kind)
	}
	return q, nil
}

// headerQuestion asks a header fact one way round: the code, offered with
// the fact's own near misses, or the header, among the fact's wrong headers.
func (s *Session) headerQuestion(kind Kind, f content.HeaderFact, rng *rand.Rand) (Question, error) {
	code, err := s.lookup(f.Code)
	if err != nil {
		return Question{}, err
	}
	q := Question{Kind: kind, Code: code, Fact: &f}
	if kind == CodeToHeader {
		names := append([]string{f.Header}, f.Headers...)
		rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
		for _, h := range names[:min(len(names), OptionCount)] {
			q.Options = append(q.Options, Option{Value: content.HeaderNumber(h), Label: h})
		}
		return q, nil
	}
	codes := append([]int{code.Code}, distractors(s.cat, code, nil, f.Codes, nil, OptionCount-1, rng)...)
	q.Options = s.codeOptions(codes, rng)
	return q, nil
}

// codeOptions shuffles codes into options labeled with their titles.
func (s *Session) codeOptions(codes []int, rng *rand.Rand) []Option {
	rng.Shuffle(len(codes), func(i, j int) { codes[i], codes[j] = codes[j], codes[i] })
	out := make([]Option, len(codes))
	for i, c := range codes {
		e, _ := s.cat.Lookup(c)
		out[i] = Option{Value: c, Label: e.Title()}
	}
	return out
}

// replay rebuilds questions from their ids, for a round of retries.
func (s *Session) replay(deck content.Deck, ids []string) ([]Question, error) {
	byID := map[string]content.Scenario{}
	for _, sc := range deck.Scenarios {
		byID[sc.ID] = sc
	}
	scenarioKind, ok := s.cfg.scenarioKind()
	if !ok {
		scenarioKind = PickCode
	}
	var out []Question
	for _, id := range ids {
		var q Question
		var err error
		if sc, ok := byID[id]; ok {
			q, err = s.scenarioQuestion(scenarioKind, sc, s.rng)
		} else if sc, ok := byID[strings.TrimPrefix(id, PickClass.String()+"-")]; ok {
			q, err = s.scenarioQuestion(PickClass, sc, s.rng)
		} else {
			q, err = s.replayCatalogue(id)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	if len(out) == 0 {
		return nil, ErrNoScenarios
	}
	return out, nil
}

// replayCatalogue rebuilds a catalogue question from an id like
// "meaning-404" or "header-allow".
func (s *Session) replayCatalogue(id string) (Question, error) {
	kindName, rest, _ := strings.Cut(id, "-")
	kind, ok := KindNamed(kindName)
	switch {
	case !ok:
	case kind == HeaderToCode || kind == CodeToHeader:
		if f, ok := content.FactByID(rest); ok {
			return s.headerQuestion(kind, f, s.rng)
		}
	case kind == PickMeaning || kind == PickName || kind == PickClass:
		n, err := strconv.Atoi(rest)
		if err != nil {
			break
		}
		code, err := s.lookup(n)
		if err != nil {
			return Question{}, err
		}
		return s.catalogueQuestion(kind, code, s.rng)
	}
	return Question{}, fmt.Errorf("unknown question %q", id)
}

// planCodes asks about each code in turn through a random scenario that has it
// as the answer, or, for a code no scenario answers, through its meaning.
func (s *Session) planCodes(codes []int) ([]Question, error) {
	kind, ok := s.cfg.scenarioKind()
	if !ok {
		kind = PickCode
	}
	var out []Question
	for _, c := range codes {
		code, err := s.lookup(c)
		if err != nil {
			return nil, err
		}
		inLab := slices.Contains(s.cfg.LabCodes, c)
		var same, lab []content.Scenario
		for _, sc := range s.pool {
			switch {
			case sc.Answer != c:
			case sc.Topic == content.LabTopic:
				lab = append(lab, sc)
			default:
				same = append(same, sc)
			}
		}
		if inLab && len(lab) > 0 || len(same) == 0 {
			same = lab // a code missed in the lab comes back there
		}
		var q Question
		if len(same) > 0 {
			q, err = s.scenarioQuestion(kind, same[s.rng.IntN(len(same))], s.rng)
		} else {
			q, err = s.catalogueQuestion(PickMeaning, code, s.rng)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	if len(out) == 0 {
		return nil, ErrNoScenarios
	}
	return out, nil
}
