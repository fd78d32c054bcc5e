package workshop

import (
	"context"
	"sync"
	"time"

	"github.com/httpquiz/httpquiz/store"
)

// Writer saves a round's events to the progress database from one goroutine
// of its own, in batches: players' answers never wait for the disk. Close
// writes whatever is queued and reports the first error.
type Writer struct {
	lazy  *store.Lazy
	round store.ClassRound
	queue chan store.ClassEvent
	done  chan struct{}

	mu      sync.Mutex
	id      int64
	err     error
	written int
}

// queueSize holds every event a room of players can produce in a round (a
// join, an answer per question, the end), so that nobody ever waits for the
// disk, sized to the room rather than to the largest room there could be.
func queueSize(players, questions int) int {
	return min(max(players, 1)*(questions+2)+16, 1<<20)
}

// NewWriter starts writing a round's results for a room of up to players.
func NewWriter(lazy *store.Lazy, round store.ClassRound, players int) *Writer {
	w := &Writer{lazy: lazy, round: round, queue: make(chan store.ClassEvent, queueSize(players, round.Questions)),
		done: make(chan struct{})}
	go w.run()
	return w
}

func (w *Writer) run() {
	defer close(w.done)
	ctx := context.Background()
	s, err := w.lazy.Get()
	w.setErr(err)
	for first := range w.queue {
		batch := []store.ClassEvent{first}
	fill:
		for len(batch) < 500 {
			select {
			case e, ok := <-w.queue:
				if !ok {
					break fill
				}
				batch = append(batch, e)
			default:
				break fill
			}
		}
		if err != nil {
			continue // keep draining so that nobody blocks
		}
		// The round is stored with its first event: a server started and
		// stopped with nobody in it leaves nothing behind.
		if w.Round() == 0 && onlyEnds(batch) {
			continue
		}
		if w.Round() == 0 {
			id, serr := s.StartClassRound(ctx, w.round)
			w.mu.Lock()
			w.id = id
			w.mu.Unlock()
			if err = serr; err != nil {
				w.setErr(err)
				continue
			}
		}
		for i := range batch {
			batch[i].Round = w.id
		}
		if err = s.SaveClassEvents(ctx, batch); err == nil {
			w.mu.Lock()
			w.written += len(batch)
			w.mu.Unlock()
		}
		w.setErr(err)
	}
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

// Close writes what is queued and stops.
func (w *Writer) Close() error {
	close(w.queue)
	<-w.done
	return w.Err()
}

// Joined records a player.
func (w *Writer) Joined(p Player, at time.Time) {
	w.queue <- store.ClassEvent{Player: p.ID, Name: p.Name, At: at, Question: -1}
}

// Answered records an answer and the player's new score.
func (w *Writer) Answered(a Answer, p Player) {
	r := a.Result
	w.queue <- store.ClassEvent{Player: p.ID, At: a.At, Question: a.Question, QuestionID: r.Question.ID(),
		Asked: r.Answer.Code, Chosen: r.Chosen, Correct: r.Verdict.Correct(), Elapsed: r.Elapsed,
		Points: r.Points, Score: p.Score}
}

// Ended records the end of the round.
func (w *Writer) Ended(at time.Time) { w.queue <- store.ClassEvent{At: at, End: true, Question: -1} }

// onlyEnds reports whether a batch holds nothing but the end of the round.
func onlyEnds(batch []store.ClassEvent) bool {
	for _, e := range batch {
		if !e.End {
			return false
		}
	}
	return true
}
