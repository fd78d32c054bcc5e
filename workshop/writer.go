package workshop

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
)

// Writer saves a round's events to the progress database from one goroutine
// of its own, in batches: players' answers never wait for the disk. Close
// writes whatever is queued and reports the first error.
type Writer struct {
	lazy  *store.Lazy
	round store.ClassRound
	queue chan entry
	done  chan struct{}

	mu      sync.Mutex
	id      int64
	ids     []int64 // every round stored, the current one last
	err     error
	written int
}

// A batch gathers events for up to gatherFor, or until it holds maxBatch:
// when a whole room answers in one instant, the disk is written once after
// it rather than many times during it, and the answers are acknowledged
// sooner. Close writes at once what is left.
const (
	gatherFor = 500 * time.Millisecond
	maxBatch  = 5000
)

// entry is one event to save, or the start of another round (next).
type entry struct {
	event store.ClassEvent
	next  *store.ClassRound
}

// queueSize holds every event a room of players can produce in a round (a
// join, an answer per question, the end), so that nobody ever waits for the
// disk, sized to the room rather than to the largest room there could be.
func queueSize(players, questions int) int {
	return min(max(players, 1)*(questions+2)+questions+16, 1<<20)
}

// NewWriter starts writing a round's results for a room of up to players.
func NewWriter(lazy *store.Lazy, round store.ClassRound, players int) *Writer {
	w := &Writer{lazy: lazy, round: round, queue: make(chan entry, queueSize(players, round.Questions)),
		done: make(chan struct{})}
	go w.run()
	return w
}

func (w *Writer) run() {
	defer close(w.done)
	s, err := w.lazy.Get()
	w.setErr(err)
	for first := range w.queue {
		batch := []entry{first}
		gather := time.NewTimer(gatherFor)
	fill:
		for len(batch) < maxBatch {
			select {
			case e, ok := <-w.queue:
				if !ok {
					break fill
				}
				batch = append(batch, e)
			case <-gather.C:
				break fill
			}
		}
		gather.Stop()
		if err != nil {
			continue // keep draining so that nobody blocks
		}
		// Each run of events up to the start of another round is saved in
		// one transaction, under its own round.
		for len(batch) > 0 && err == nil {
			if next := batch[0].next; next != nil {
				w.mu.Lock()
				w.round, w.id = *next, 0
				w.mu.Unlock()
				batch = batch[1:]
				continue
			}
			n := 1
			for n < len(batch) && batch[n].next == nil {
				n++
			}
			err = w.save(s, batch[:n])
			batch = batch[n:]
		}
	}
}

// save writes events of the current round, which is stored with its first
// event: a server started and stopped with nobody in it leaves nothing behind.
func (w *Writer) save(s *store.Store, batch []entry) error {
	ctx := context.Background()
	events := make([]store.ClassEvent, len(batch))
	for i, e := range batch {
		events[i] = e.event
	}
	if w.Round() == 0 && onlyEnds(events) {
		return nil
	}
	if w.Round() == 0 {
		id, err := s.StartClassRound(ctx, w.round)
		if err != nil {
			w.setErr(err)
			return err
		}
		w.mu.Lock()
		w.id = id
		w.ids = append(w.ids, id)
		w.mu.Unlock()
	}
	for i := range events {
		events[i].Round = w.id
	}
	err := s.SaveClassEvents(ctx, events)
	if err == nil {
		w.mu.Lock()
		w.written += len(events)
		w.mu.Unlock()
	}
	w.setErr(err)
	return err
}

func (w *Writer) setErr(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
}

// Err is the first error met, if any.
func (w *Writer) Err() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// Round is the stored round's id, once known.
func (w *Writer) Round() int64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.id
}

// Rounds are the ids of every round stored, in the order played.
func (w *Writer) Rounds() []int64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.ids)
}

// Close writes what is queued and stops.
func (w *Writer) Close() error {
	close(w.queue)
	<-w.done
	return w.Err()
}

// Joined records a player.
func (w *Writer) Joined(p Player, at time.Time) {
	w.queue <- entry{event: store.ClassEvent{Player: p.ID, Name: p.Name, At: at, Question: -1}}
}

// Answered records an answer and the player's new score.
func (w *Writer) Answered(a Answer, p Player) {
	r := a.Result
	w.queue <- entry{event: store.ClassEvent{Player: p.ID, At: a.At, Question: a.Question, QuestionID: r.Question.ID(),
		Asked: r.Answer.Code, Chosen: r.Chosen, Correct: r.Verdict.Correct(), Elapsed: r.Elapsed,
		Points: r.Points, Score: p.Score}}
}

// Closed records the options a question offered.
func (w *Writer) Closed(index int, q quiz.Question) {
	codes := make([]int, len(q.Options))
	for i, o := range q.Options {
		codes[i] = o.Value
	}
	w.queue <- entry{event: store.ClassEvent{Question: index, QuestionID: q.ID(), Asked: q.Code.Code, Options: codes}}
}

// Replayed starts another stored round, with the players still here in it.
func (w *Writer) Replayed(r *Room, players []Player, at time.Time) {
	w.mu.Lock()
	next := w.round
	w.mu.Unlock()
	next.Started, next.Seed, next.DeckHash, next.Questions = at, r.Spec().Config.Seed, r.DeckHash(), r.Count()
	w.queue <- entry{next: &next}
	for _, p := range players {
		w.Joined(p, at)
	}
}

// Ended records the end of the round.
func (w *Writer) Ended(at time.Time) {
	w.queue <- entry{event: store.ClassEvent{At: at, End: true, Question: -1}}
}

// onlyEnds reports whether a batch holds nothing but the end of the round.
func onlyEnds(batch []store.ClassEvent) bool {
	for _, e := range batch {
		if !e.End {
			return false
		}
	}
	return true
}
