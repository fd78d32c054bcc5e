// Package workshop runs a classroom round: one shared set of questions, asked
// of every player at the same moment with the same countdown, a live
// leaderboard, and results kept. room.go is the round's logic, with the time
// passed in; hub.go makes it safe to share between SSH sessions; server.go
// serves it over SSH.
package workshop

import (
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// Phase is where a round stands.
type Phase int

// The phases, in order.
const (
	Lobby     Phase = iota // players join; nothing asked yet
	Asking                 // a question is open, the clock runs
	Revealing              // the question is closed; the answer and leaderboard show
	Finished               // the podium
)

// Player is one participant.
type Player struct {
	ID       int
	Name     string
	JoinedAt time.Time
	// Tally is the player's score and streak, kept by the scorer every face uses.
	quiz.Tally
	Right     int
	Answered  int           // questions answered with an option, right or not
	TimedOut  int           // questions played and left unanswered while connected
	RightTime time.Duration // time spent on right answers: breaks ties
	Playing   bool          // takes part in the current question
	Connected bool
	Last      *Answer // the answer to the question last closed or open
}

// Answer is one player's answer to one question: its result carries the
// points it scored.
type Answer struct {
	Player   int
	Question int // 0-based index
	Result   quiz.Result
	At       time.Time
}

// Errors a player can cause.
var (
	ErrFull        = errors.New("the room is full")
	ErrOver        = errors.New("the round is over")
	ErrNoName      = errors.New("choose a name with at least one letter or digit")
	ErrNotOpen     = errors.New("no question is open")
	ErrNotPlaying  = errors.New("you joined during this question: you play from the next one")
	ErrAnswered    = errors.New("your answer is already locked in")
	ErrNoPlayers   = errors.New("nobody has joined yet")
	ErrNotInLobby  = errors.New("the round has already started")
	ErrBadOption   = errors.New("no such option")
	ErrPaused      = errors.New("the host has paused the question: answer when the clock runs again")
	ErrNotAsking   = errors.New("no question is open")
	ErrNotFinished = errors.New("the round is still being played")
	ErrUnknownUser = errors.New("unknown player")
)

// MaxNameRunes bounds a display name.
const MaxNameRunes = 20

// Room is a round's state. It is not safe for concurrent use: the Hub guards it.
type Room struct {
	cat        *content.Catalogue
	content    round.Content // to plan another round
	spec       round.Spec    // with its seed decided
	number     int           // 1 for the first round, 2 for the next with the same players
	seeds      func() uint64 // where another round's seed comes from
	maxPlayers int
	deckHash   string
	questions  []quiz.Question
	phase      Phase
	index      int
	opened     time.Time // when the open question was asked, moved on by a pause
	deadline   time.Time
	paused     bool
	pausedAt   time.Time
	extended   time.Duration   // time the host added to the open question
	asked      []Closed        // every question closed so far, with its answers
	answers    map[int]*Answer // the open or last question's answers, by player
	players    map[int]*Player
	order      []int
	nextID     int
	board      []Standing      // the leaderboard, until a score or a player changes
	ranks      map[int]int     // each player's rank on board
	names      map[string]bool // the names taken, folded to lower case
	here       int             // players connected
	playing    int             // connected players taking part in the open question
	waiting    int             // those of them who have not answered yet
	timeouts   []*Answer       // time-outs given by the last reveal, not yet recorded
}

// NewRoom plans the round's questions, as any round is planned: the same seed
// and deck give the same questions and options. spec is a round.Classroom.
func NewRoom(c round.Content, spec round.Spec, maxPlayers int) (*Room, error) {
	if spec.Timed == nil || spec.Timed.PerQuestion <= 0 {
		return nil, fmt.Errorf("each question needs some time")
	}
	p, err := round.Start(spec, c, time.Now, rand.Uint64)
	if err != nil {
		return nil, err
	}
	return &Room{cat: c.Catalogue, content: c, spec: p.Spec, number: 1, seeds: rand.Uint64, maxPlayers: maxPlayers, deckHash: p.DeckHash(),
		questions: p.Session.Questions(), answers: map[int]*Answer{}, players: map[int]*Player{},
		names: map[string]bool{}}, nil
}

// Number counts the rounds played in this room: 1, then 2 after a replay.
func (r *Room) Number() int { return r.number }

// Spec is the round being played, with its seed.
func (r *Room) Spec() round.Spec { return r.spec }

// DeckHash identifies the deck the questions came from.
func (r *Room) DeckHash() string { return r.deckHash }

// Phase is where the round stands.
func (r *Room) Phase() Phase { return r.phase }

// Index is the current question's 0-based number.
func (r *Room) Index() int { return r.index }

// Count is the number of questions.
func (r *Room) Count() int { return len(r.questions) }

// Question is the current question.
func (r *Room) Question() quiz.Question { return r.questions[min(r.index, len(r.questions)-1)] }

// PerQuestion is the time each question has.
func (r *Room) PerQuestion() time.Duration { return r.spec.Timed.PerQuestion }

// Deadline is when the open question closes, unless it is paused.
func (r *Room) Deadline() time.Time { return r.deadline }

// Paused reports whether the open question's clock is stopped.
func (r *Room) Paused() bool { return r.paused }

// Left is the open question's time left: frozen while it is paused.
func (r *Room) Left(now time.Time) time.Duration {
	if r.paused {
		now = r.pausedAt
	}
	return max(r.deadline.Sub(now), 0)
}

// Player returns a player by id.
func (r *Room) Player(id int) (*Player, bool) {
	p, ok := r.players[id]
	return p, ok
}

// Join adds a player under a cleaned-up, unique name. A player who joins while
// a question is open plays from the next one.
func (r *Room) Join(name string, now time.Time) (*Player, error) {
	switch {
	case r.phase == Finished:
		return nil, ErrOver
	case r.maxPlayers > 0 && r.here >= r.maxPlayers:
		return nil, ErrFull
	}
	name = CleanName(name)
	if name == "" {
		return nil, ErrNoName
	}
	r.nextID++
	p := &Player{ID: r.nextID, Name: r.uniqueName(name), JoinedAt: now, Connected: true,
		Playing: r.phase == Lobby || r.phase == Revealing}
	r.players[p.ID] = p
	r.order = append(r.order, p.ID)
	r.names[strings.ToLower(p.Name)] = true
	r.here++
	if p.Playing {
		r.playing++
	}
	r.board = nil
	return p, nil
}

// uniqueName adds " 2", " 3", ... to a name already taken, case-insensitively,
// cutting the name (and any space the cut leaves) to make room.
func (r *Room) uniqueName(name string) string {
	candidate := name
	for i := 2; r.names[strings.ToLower(candidate)]; i++ {
		suffix := fmt.Sprintf(" %d", i)
		cut := string([]rune(name)[:min(len([]rune(name)), MaxNameRunes-len(suffix))])
		candidate = strings.TrimSpace(cut) + suffix
	}
	return candidate
}

// Leave marks a player gone; their score stays on the leaderboard.
func (r *Room) Leave(id int) {
	if p, ok := r.players[id]; ok && p.Connected {
		p.Connected = false
		r.here--
		if p.Playing && r.phase == Asking {
			r.playing--
			if r.answers[id] == nil {
				r.waiting--
			}
		}
		r.board = nil
	}
}

// Start opens the first question.
func (r *Room) Start(now time.Time) error {
	switch {
	case r.phase != Lobby:
		return ErrNotInLobby
	case r.here == 0:
		return ErrNoPlayers
	}
	r.open(0, now)
	return nil
}

func (r *Room) open(index int, now time.Time) {
	r.phase, r.index, r.opened, r.deadline = Asking, index, now, now.Add(r.PerQuestion())
	r.paused, r.extended = false, 0
	r.answers = map[int]*Answer{}
	r.playing, r.waiting = r.here, r.here
	for _, p := range r.players {
		p.Playing = p.Connected
		p.Last = nil
	}
	r.board = nil
}

// Answer locks in a player's answer: the value of the option chosen.
func (r *Room) Answer(id, chosen int, now time.Time) (*Answer, error) {
	p, ok := r.players[id]
	switch {
	case !ok:
		return nil, ErrUnknownUser
	case r.phase != Asking || !now.Before(r.Deadline()) && !r.paused:
		return nil, ErrNotOpen
	case r.paused:
		return nil, ErrPaused
	case !p.Playing:
		return nil, ErrNotPlaying
	case r.answers[id] != nil:
		return nil, ErrAnswered
	}
	q := r.Question()
	if !slices.ContainsFunc(q.Options, func(o quiz.Option) bool { return o.Value == chosen }) {
		return nil, ErrBadOption
	}
	res := quiz.Grade(r.cat, q, chosen)
	// Kept to the millisecond, as the results are stored: sums agree.
	res.Elapsed = now.Sub(r.opened).Truncate(time.Millisecond)
	a := &Answer{Player: id, Question: r.index, At: now}
	r.keep(p, a, res)
	r.waiting--
	return a, nil
}

// keep scores a player's answer with the shared scorer and records it.
func (r *Room) keep(p *Player, a *Answer, res quiz.Result) {
	a.Result = p.Tally.Add(res, r.spec.Config.Timed)
	if res.TimedOut {
		p.TimedOut++
	} else {
		p.Answered++
	}
	if res.Verdict.Correct() {
		p.Right++
		p.RightTime += res.Elapsed
	}
	r.answers[p.ID] = a
	p.Last = a
	r.board = nil
}

// Tick closes the open question when its time is up or every player still
// connected has answered, and reports whether it did.
func (r *Room) Tick(now time.Time) bool {
	if r.phase != Asking || r.paused {
		return false
	}
	if now.Before(r.Deadline()) && !r.allAnswered() {
		return false
	}
	r.reveal()
	return true
}

// allAnswered reports whether every player still here has answered: kept
// as a count, since a whole room answers each question.
func (r *Room) allAnswered() bool { return r.waiting <= 0 }

// reveal closes the question: those still here who did not answer get a
// time-out, which ends their streak; those who left before it closed are
// absent from it and get nothing.
func (r *Room) reveal() {
	for _, id := range r.order {
		if p := r.players[id]; p.Playing && p.Connected && r.answers[id] == nil {
			res := quiz.Grade(r.cat, r.Question(), 0)
			res.TimedOut, res.WhyNot, res.Elapsed = true, "", r.PerQuestion()+r.extended
			a := &Answer{Player: id, Question: r.index, At: r.Deadline()}
			r.keep(p, a, res)
			r.timeouts = append(r.timeouts, a)
		}
	}
	r.phase, r.paused = Revealing, false
	r.asked = append(r.asked, r.closed())
	r.board = nil
}

// Next moves the round on: an open question is closed early, a closed one is
// followed by the next question, or by the podium after the last.
func (r *Room) Next(now time.Time) {
	switch r.phase {
	case Asking:
		r.reveal()
	case Revealing:
		if r.index+1 >= len(r.questions) {
			r.phase = Finished
			return
		}
		r.open(r.index+1, now)
	}
}

// End finishes the round at once.
func (r *Room) End() {
	if r.phase == Asking {
		r.reveal()
	}
	r.phase = Finished
}

// Answers returns the open or last question's answers.
func (r *Room) Answers() map[int]*Answer { return r.answers }

// Standing is a player's place.
type Standing struct {
	Rank   int
	Player Player
}

// Leaderboard orders every player: most points first; equal points go to the
// one faster over their right answers; equal on both, they share the rank.
// It is computed once per change and shared: callers must not modify it.
func (r *Room) Leaderboard() []Standing {
	if r.board == nil {
		r.board = r.rank()
		r.ranks = make(map[int]int, len(r.board))
		for _, s := range r.board {
			r.ranks[s.Player.ID] = s.Rank
		}
	}
	return r.board
}

// RankOf is a player's place on the leaderboard.
func (r *Room) RankOf(id int) int {
	r.Leaderboard()
	return r.ranks[id]
}

// takeTimeouts hands over the time-outs not yet recorded.
func (r *Room) takeTimeouts() []*Answer {
	t := r.timeouts
	r.timeouts = nil
	return t
}

// Names lists the players still here, in joining order.
func (r *Room) Names() []string {
	players := r.Players()
	out := make([]string, len(players))
	for i, p := range players {
		out[i] = p.Name
	}
	return out
}

func (r *Room) rank() []Standing {
	ps := make([]Player, 0, len(r.players))
	for _, id := range r.order {
		ps = append(ps, *r.players[id])
	}
	slices.SortStableFunc(ps, func(a, b Player) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.RightTime, b.RightTime))
	})
	out := make([]Standing, len(ps))
	for i, p := range ps {
		rank := i + 1
		if i > 0 && p.Score == ps[i-1].Score && p.RightTime == ps[i-1].RightTime {
			rank = out[i-1].Rank
		}
		out[i] = Standing{Rank: rank, Player: p}
	}
	return out
}
