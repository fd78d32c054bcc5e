package content

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
)

// Scenario is one question of a deck: a situation and the status code that fits it.
type Scenario struct {
	ID         string `yaml:"id" json:"id"`
	Topic      string `yaml:"topic,omitempty" json:"topic,omitempty"`
	Prompt     string `yaml:"prompt" json:"prompt"`
	Answer     int    `yaml:"answer" json:"answer"`
	AlsoAccept []int  `yaml:"also_accept,omitempty" json:"also_accept,omitempty"`
	AcceptNote string `yaml:"accept_note,omitempty" json:"accept_note,omitempty"`
	// Distractors are wrong codes the scenario itself names as its nearest
	// misses; they are offered before any the catalogue would pick.
	Distractors []int    `yaml:"distractors,omitempty" json:"distractors,omitempty"`
	Explanation string   `yaml:"explanation,omitempty" json:"explanation,omitempty"`
	Tags        []string `yaml:"tags,omitempty" json:"tags,omitempty"`
	Difficulty  int      `yaml:"difficulty" json:"difficulty"`
	// Request is the HTTP request a lab question sends: the learner predicts
	// its status, then sees the lab's real answer. Only the built-in lab
	// questions have one; it is not part of the deck format.
	Request *Request `yaml:"-" json:"request,omitempty"`
}

// Request is a concrete HTTP request: method, path (with its query), header
// fields in order, and body.
type Request struct {
	Method string   `json:"method"`
	Path   string   `json:"path"`
	Header []string `json:"header,omitempty"` // "Name: value"
	Body   string   `json:"body,omitempty"`
}

// Accepts reports whether code is a right answer to the scenario, either the
// answer itself or one of the also-accepted codes.
func (s Scenario) Accepts(code int) bool {
	return code == s.Answer || slices.Contains(s.AlsoAccept, code)
}

// HasTag reports whether the scenario carries tag.
func (s Scenario) HasTag(tag string) bool { return slices.Contains(s.Tags, tag) }

// Deck is an ordered set of scenarios with unique ids.
type Deck struct {
	Scenarios []Scenario
}

// Len is the number of scenarios.
func (d Deck) Len() int { return len(d.Scenarios) }

// Hash is a short, stable fingerprint of the deck's content, so that a round
// can say which questions it was played with.
func (d Deck) Hash() string {
	data, _ := json.Marshal(d.Scenarios) // plain structs: cannot fail
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])[:12]
}

// Topics returns the deck's topics in first-seen order.
func (d Deck) Topics() []string {
	var topics []string
	for _, s := range d.Scenarios {
		if s.Topic != "" && !slices.Contains(topics, s.Topic) {
			topics = append(topics, s.Topic)
		}
	}
	return topics
}
