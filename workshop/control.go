package workshop

import (
	"slices"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// The host's controls beyond moving on: pause, more time, another round.

// MaxExtension bounds the time a host may add to one question.
const MaxExtension = 5 * time.Minute

// Pause stops the open question's clock, or starts it again. While it is
// paused nobody can answer, and the time paused counts for nobody: the
// question's opening moves on with its deadline, so answers' times stay fair.
func (r *Room) Pause(now time.Time) error {
	if r.phase != Asking {
		return ErrNotAsking
	}
	if !r.paused {
		r.paused, r.pausedAt = true, now
		return nil
	}
	stopped := max(now.Sub(r.pausedAt), 0)
	r.opened, r.deadline, r.paused = r.opened.Add(stopped), r.deadline.Add(stopped), false
	return nil
}

// Extend gives the open question more time, up to MaxExtension in all.
func (r *Room) Extend(d time.Duration) error {
	if r.phase != Asking {
		return ErrNotAsking
	}
	d = min(d, MaxExtension-r.extended)
	r.extended += d
	r.deadline = r.deadline.Add(d)
	return nil
}

// Extended is the time added to the open question.
func (r *Room) Extended() time.Duration { return r.extended }

// Replay plans another round for the players still here, with a new seed:
// scores start again from nothing, those who left are gone, and the room
// waits in the lobby for the host to start it.
func (r *Room) Replay() error {
	if r.phase != Finished {
		return ErrNotFinished
	}
	spec := r.spec
	spec.RandomSeed = true
	p, err := round.Start(spec, r.content, time.Now, r.seeds)
	if err != nil {
		return err
	}
	r.spec, r.deckHash, r.questions = p.Spec, p.DeckHash(), p.Session.Questions()
	r.number++
	r.phase, r.index, r.asked, r.answers, r.timeouts = Lobby, 0, nil, map[int]*Answer{}, nil
	r.order = slices.DeleteFunc(r.order, func(id int) bool { return !r.players[id].Connected })
	players := make(map[int]*Player, len(r.order))
	for _, id := range r.order {
		old := r.players[id]
		players[id] = &Player{ID: id, Name: old.Name, JoinedAt: old.JoinedAt, Connected: true, Playing: true}
	}
	r.players = players
	r.names = make(map[string]bool, len(players))
	for _, p := range players {
		r.names[strings.ToLower(p.Name)] = true
	}
	r.playing = r.here
	r.board = nil
	return nil
}

// Players lists the players still here, in joining order.
func (r *Room) Players() []Player {
	out := make([]Player, 0, r.here)
	for _, id := range r.order {
		if p := r.players[id]; p.Connected {
			out = append(out, *p)
		}
	}
	return out
}

// Closed is a question once it has closed: what was asked and every answer
// given to it, time-outs included, in the players' joining order.
type Closed struct {
	Question quiz.Question
	Answers  []Answer
}

// Chosen counts the answers for each of the question's options, in their
// order, and the time-outs.
func (c Closed) Chosen() (perOption []int, timedOut int) {
	perOption = make([]int, len(c.Question.Options))
	for _, a := range c.Answers {
		if a.Result.TimedOut {
			timedOut++
			continue
		}
		if i := slices.IndexFunc(c.Question.Options, func(o quiz.Option) bool { return o.Value == a.Result.Chosen }); i >= 0 {
			perOption[i]++
		}
	}
	return perOption, timedOut
}

// closed is the question just closed, with its answers.
func (r *Room) closed() Closed {
	c := Closed{Question: r.Question()}
	for _, id := range r.order {
		if a := r.answers[id]; a != nil {
			c.Answers = append(c.Answers, *a)
		}
	}
	return c
}

// Asked is every question closed so far in this round.
func (r *Room) Asked() []Closed { return r.asked }
