package workshop

import (
	"sync"

	"github.com/charmbracelet/colorprofile"
)

// drawings shares what sessions draw alike: a room sees one question in a
// handful of window widths and palettes, so its prompt and options, and the
// leaderboard after it, are wrapped and styled a handful of times, not once
// per participant. It holds the current question's drawings only.
type drawings struct {
	mu       sync.Mutex
	question [2]int // the round and question drawn
	bodies   map[drawingKey]string
}

// palette is what a session's colors are chosen from.
type palette struct {
	theme   string
	dark    bool
	profile colorprofile.Profile
}

// drawingKey is everything a shared drawing is drawn from.
type drawingKey struct {
	kind    drawingKind
	version uint64 // for drawings that change within a question: the room's version
	palette
	width, chosen int
}

type drawingKind int

const (
	questionBody drawingKind = iota // the prompt and the options, one marked as chosen
	leaderboard                     // the leaderboard, nobody's line marked
)

// get returns the drawing of the open question for key, drawing it on
// first demand.
func (d *drawings) get(round, index int, key drawingKey, draw func() string) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	if q := [2]int{round, index}; q != d.question || d.bodies == nil {
		d.question, d.bodies = q, map[drawingKey]string{}
	}
	text, ok := d.bodies[key]
	if !ok {
		text = draw()
		d.bodies[key] = text
	}
	return text
}
