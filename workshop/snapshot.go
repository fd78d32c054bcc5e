package workshop

import (
	"time"

	"github.com/httpquiz/httpquiz/quiz"
)

// Snapshot is a copy of the round as one participant sees it, safe to read
// after the hub's lock is released. Its shared part is built once per change
// and copied to every session (a few fields; its lists are shared, and
// nothing in them may be modified).
type Snapshot struct {
	Shared
	Me     *Player // nil for the host
	MyRank int     // 0 until the leaderboard is shown
	Closed bool
}

// Shared is what every participant sees alike after a change.
type Shared struct {
	Version     uint64 // counts the room's changes
	Phase       Phase
	Index       int // 0-based
	Count       int
	Question    quiz.Question
	Deadline    time.Time
	PerQuestion time.Duration // time allowed per question
	Answered    int           // answers in to the open question
	Playing     int           // players taking part in it
	Here        int           // players connected
	Latest      []string      // the latest players to join who are still here, newest last
	Board       []Standing    // the top of the leaderboard, once it is shown
	Seed        uint64
	DeckHash    string
	Round       int           // 1, then 2 for another round with the same players
	Paused      bool          // the open question's clock is stopped
	Left        time.Duration // time left while paused; else each snapshot counts it
	Extended    time.Duration // time the host added to the open question
	// Chosen counts the answers for each option of a closed question, in the
	// options' order; TimedOut the players who let it run out.
	Chosen   []int
	TimedOut int
}

// BoardSize is how many places the leaderboard shows; LatestNames is how
// many of the latest arrivals the lobby names.
const (
	BoardSize   = 10
	LatestNames = 8
)

// showsBoard reports whether a phase shows the leaderboard: only then is it sorted.
func (p Phase) showsBoard() bool { return p == Revealing || p == Finished }

// share builds the shared part of a snapshot: its cost does not grow with
// the room, but for the leaderboard, sorted only when it is shown.
func share(r *Room, version uint64) *Shared {
	s := &Shared{Version: version, Phase: r.Phase(), Index: r.Index(), Count: r.Count(), PerQuestion: r.PerQuestion(),
		Seed: r.spec.Config.Seed, DeckHash: r.DeckHash(), Here: r.here, Playing: r.playing, Round: r.number}
	if s.Phase == Asking || s.Phase == Revealing {
		s.Question = r.Question()
		s.Deadline = r.Deadline()
		s.Answered = len(r.Answers())
		s.Paused, s.Extended = r.Paused(), r.Extended()
		if s.Paused {
			s.Left = r.Left(r.pausedAt)
		}
	}
	if asked := r.Asked(); s.Phase == Revealing && len(asked) > 0 {
		s.Chosen, s.TimedOut = asked[len(asked)-1].Chosen()
	}
	for i := len(r.order) - 1; i >= 0 && len(s.Latest) < LatestNames; i-- {
		if p := r.players[r.order[i]]; p.Connected {
			s.Latest = append(s.Latest, p.Name)
		}
	}
	for i, j := 0, len(s.Latest)-1; i < j; i, j = i+1, j-1 {
		s.Latest[i], s.Latest[j] = s.Latest[j], s.Latest[i]
	}
	if s.Phase.showsBoard() {
		board := r.Leaderboard()
		s.Board = board[:min(len(board), BoardSize)]
	}
	return s
}

// personal completes a snapshot for one subscriber (0 for the host), found
// directly rather than by searching the room.
func personal(r *Room, sh *Shared, id int, now time.Time) Snapshot {
	s := Snapshot{Shared: *sh}
	// Only an open question's screens show the clock: the others do not
	// change, and are not drawn again, as it runs down.
	if sh.Phase == Asking && !sh.Paused {
		s.Left = max(sh.Deadline.Sub(now), 0)
	}
	if p, ok := r.players[id]; ok {
		me := *p
		s.Me = &me
		if sh.Phase.showsBoard() {
			s.MyRank = r.RankOf(id)
		}
	}
	return s
}
