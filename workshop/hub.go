package workshop

import (
	"slices"
	"sync"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
)

// Hub shares a Room between the host and every player's session. Its lock is
// held only for in-memory work, never while writing to a terminal or a disk:
// a change is announced by a non-blocking signal on each subscriber's
// channel, and each session fetches a snapshot when it is ready. A session
// that stalls therefore delays nobody else.
//
// A change of phase (a question opens or closes, the round ends) wakes every
// session at once. Smaller changes (a player joins, someone answers) wake
// only the host: the players' screens pick them up on their once-a-second
// tick, so a room of 1,000 answering in one second costs each session one
// redraw, not 1,000.
type Hub struct {
	mu      sync.Mutex
	room    *Room
	clock   func() time.Time
	subs    map[int]chan struct{} // by subscriber: players by id, the host as 0
	timer   *time.Timer
	events  Recorder
	closed  bool
	version uint64  // counts changes
	shared  *Shared // built for the current version on first demand
	told    int     // closed questions handed to the recorder
	// replayed is set from a replay until its round starts: only a round
	// that is played is recorded, with the players there when it starts.
	replayed bool
	// drawings are shared by the players' sessions, under a lock of their own.
	drawings drawings
}

// Recorder keeps a round's results; it must not block for long (see Writer).
type Recorder interface {
	Joined(p Player, at time.Time)
	Answered(a Answer, p Player)
	// Closed tells a question once it has closed, with the options it offered.
	Closed(index int, q quiz.Question)
	Ended(at time.Time)
	// Replayed starts another round in the same room, with the players still here.
	Replayed(r *Room, players []Player, at time.Time)
}

// NewHub wraps a room. events may be nil.
func NewHub(room *Room, clock func() time.Time, events Recorder) *Hub {
	if events == nil {
		events = nopRecorder{}
	}
	return &Hub{room: room, clock: clock, subs: map[int]chan struct{}{}, events: events}
}

type nopRecorder struct{}

func (nopRecorder) Joined(Player, time.Time)            {}
func (nopRecorder) Answered(Answer, Player)             {}
func (nopRecorder) Ended(time.Time)                     {}
func (nopRecorder) Closed(int, quiz.Question)           {}
func (nopRecorder) Replayed(*Room, []Player, time.Time) {}

// Subscribe returns a channel that receives a signal after every change. A
// signal that finds the channel full is dropped: one pending signal is enough
// to make the subscriber look again.
func (h *Hub) Subscribe(id int) <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	ch := make(chan struct{}, 1)
	h.subs[id] = ch
	return ch
}

// Unsubscribe stops the signals for id and closes its channel, which ends any
// wait on it.
func (h *Hub) Unsubscribe(id int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if ch, ok := h.subs[id]; ok {
		delete(h.subs, id)
		close(ch)
	}
}

// notify records a change and signals without ever waiting: every
// subscriber when the phase changed, else the host alone. Called with h.mu
// held.
func (h *Hub) notify(phaseChanged bool) {
	h.version++
	h.recordTimeouts()
	for id, ch := range h.subs {
		if !phaseChanged && id != 0 {
			continue
		}
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// recordTimeouts hands the time-outs of a reveal to the recorder, so that
// the stored results count them as the room does. Called with h.mu held.
func (h *Hub) recordTimeouts() {
	for _, a := range h.room.takeTimeouts() {
		if p, ok := h.room.Player(a.Player); ok {
			h.events.Answered(*a, *p)
		}
	}
	for asked := h.room.Asked(); h.told < len(asked); h.told++ {
		h.events.Closed(h.told, asked[h.told].Question)
	}
}

// change runs fn on the room and tells who needs telling, then checks the
// clock.
func (h *Hub) change(fn func(r *Room, now time.Time) error) error { return h.changeFor(false, fn) }

// changeAll is a change every screen shows at once, though the phase stays
// (a pause, more time).
func (h *Hub) changeAll(fn func(r *Room, now time.Time) error) error { return h.changeFor(true, fn) }

func (h *Hub) changeFor(all bool, fn func(r *Room, now time.Time) error) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return ErrOver
	}
	now := h.clock()
	before := h.room.Phase()
	index := h.room.Index()
	if err := fn(h.room, now); err != nil {
		return err
	}
	h.room.Tick(now)
	h.schedule()
	h.notify(all || h.room.Phase() != before || h.room.Index() != index)
	return nil
}

// schedule arms a timer for the open question's deadline. Called with h.mu held.
func (h *Hub) schedule() {
	if h.timer != nil {
		h.timer.Stop()
		h.timer = nil
	}
	if h.room.Phase() != Asking || h.room.Paused() || h.closed {
		return
	}
	h.timer = time.AfterFunc(h.room.Deadline().Sub(h.clock()), h.Tick)
}

// Tick closes the open question if its time is up. The timer calls it; tests
// with a fake clock call it themselves.
func (h *Hub) Tick() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.room.Tick(h.clock()) {
		h.notify(true)
	}
	h.schedule()
}

// Join adds a player.
func (h *Hub) Join(name string) (Player, error) {
	var joined Player
	err := h.change(func(r *Room, now time.Time) error {
		p, err := r.Join(name, now)
		if err != nil {
			return err
		}
		joined = *p
		if !h.replayed {
			h.events.Joined(joined, now)
		}
		return nil
	})
	return joined, err
}

// Leave marks a player gone.
func (h *Hub) Leave(id int) {
	_ = h.change(func(r *Room, _ time.Time) error { r.Leave(id); return nil })
}

// Answer locks in a player's answer.
func (h *Hub) Answer(id, chosen int) (Answer, error) {
	var got Answer
	err := h.change(func(r *Room, now time.Time) error {
		a, err := r.Answer(id, chosen, now)
		if err != nil {
			return err
		}
		got = *a
		p, _ := r.Player(id)
		h.events.Answered(got, *p)
		return nil
	})
	return got, err
}

// Start opens the first question.
func (h *Hub) Start() error {
	return h.change(func(r *Room, now time.Time) error {
		if err := r.Start(now); err != nil {
			return err
		}
		if h.replayed {
			h.replayed = false
			h.events.Replayed(r, r.Players(), now)
		}
		return nil
	})
}

// Next closes the open question, or opens the next one.
func (h *Hub) Next() error {
	return h.change(func(r *Room, now time.Time) error {
		r.Next(now)
		if r.Phase() == Finished {
			h.events.Ended(now)
		}
		return nil
	})
}

// End finishes the round.
func (h *Hub) End() {
	_ = h.change(func(r *Room, now time.Time) error {
		if r.Phase() != Finished {
			r.End()
			if !h.replayed { // a replay never started has nothing to end
				h.events.Ended(now)
			}
		}
		return nil
	})
}

// Pause stops the open question's clock, or starts it again.
func (h *Hub) Pause() error {
	return h.changeAll(func(r *Room, now time.Time) error { return r.Pause(now) })
}

// Extend gives the open question more time.
func (h *Hub) Extend(d time.Duration) error {
	return h.changeAll(func(r *Room, _ time.Time) error { return r.Extend(d) })
}

// Replay plans another round with the players still here, from the lobby;
// it is recorded as a round of its own when it starts.
func (h *Hub) Replay() error {
	return h.changeAll(func(r *Room, _ time.Time) error {
		if err := r.Replay(); err != nil {
			return err
		}
		h.told, h.replayed = 0, true
		return nil
	})
}

// Asked is every question closed so far, with its answers; callers must not
// modify it.
func (h *Hub) Asked() []Closed {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.room.Asked())
}

// Close ends the round if it is still running and stops the hub: no more
// changes, and every subscriber's channel is closed, which ends their sessions.
func (h *Hub) Close() {
	h.End()
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	if h.timer != nil {
		h.timer.Stop()
	}
	for id, ch := range h.subs {
		delete(h.subs, id)
		close(ch)
	}
}

// Snapshot returns what subscriber id sees now (0 for the host). Its shared
// part is built once per change, whoever asks first.
func (h *Hub) Snapshot(id int) Snapshot {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.shared == nil || h.shared.Version != h.version {
		h.shared = share(h.room, h.version)
	}
	return personal(h.room, h.shared, id, h.clock())
}

// Names lists every player still here, for the host's screen.
func (h *Hub) Names() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.room.Names()
}

// Standings is the whole leaderboard.
func (h *Hub) Standings() []Standing {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.room.Leaderboard())
}
