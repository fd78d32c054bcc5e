package workshop

import (
	"slices"
	"time"

	"github.com/httpquiz/httpquiz/quiz"
)

// Snapshot is a copy of the round as one participant sees it, safe to read
// after the hub's lock is released.
type Snapshot struct {
	Phase       Phase
	Index       int // 0-based
	Count       int
	Question    quiz.Question
	Left        time.Duration // time left on the open question
	PerQuestion time.Duration // time allowed per question
	Answered    int           // answers in to the open question
	Playing     int           // players taking part in it
	Players     []string      // connected players, in joining order
	Board       []Standing
	Me          *Player // nil for the host
	MyRank      int
	Seed        uint64
	DeckHash    string
	Closed      bool
}

// BoardSize is how many places the leaderboard shows.
const BoardSize = 10

func snapshot(r *Room, id int, now time.Time) Snapshot {
	s := Snapshot{Phase: r.Phase(), Index: r.Index(), Count: r.Count(), PerQuestion: r.PerQuestion(),
		Seed: r.spec.Config.Seed, DeckHash: r.DeckHash()}
	if s.Phase == Asking || s.Phase == Revealing {
		s.Question = r.Question()
		s.Left = max(r.Deadline().Sub(now), 0)
		s.Answered = len(r.Answers())
	}
	for _, pid := range r.order {
		p := r.players[pid]
		if p.Connected {
			s.Players = append(s.Players, p.Name)
		}
		if p.Playing && p.Connected {
			s.Playing++
		}
	}
	board := r.Leaderboard()
	for _, st := range board {
		if st.Player.ID == id {
			me := st.Player
			s.Me, s.MyRank = &me, st.Rank
			break
		}
	}
	s.Board = slices.Clone(board[:min(len(board), BoardSize)])
	return s
}
