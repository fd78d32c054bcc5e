package workshop

import (
	"context"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/store"
)

// fakeClock is a clock the test moves, safe to read from the hub's timer.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestHubSignalsAndDeadline(t *testing.T) {
	clock := &fakeClock{now: t0}
	hub := NewHub(newRoom(t, roomCfg{Count: 2, PerQuestion: 15 * time.Second, Seed: 2}), clock.Now, nil)
	host := hub.Subscribe(0)
	ada, err := hub.Join("Ada")
	if err != nil {
		t.Fatal(err)
	}
	mine := hub.Subscribe(ada.ID)
	select {
	case <-host:
	default:
		t.Fatal("a join should signal the host")
	}
	hub.Start()
	// Many changes, one pending signal: a slow reader never blocks the hub.
	for range 50 {
		hub.Tick()
	}
	if len(mine) != 1 {
		t.Fatalf("%d pending signals, want 1", len(mine))
	}
	<-mine
	clock.Add(16 * time.Second)
	hub.Tick() // what the timer does at the deadline
	if s := hub.Snapshot(ada.ID); s.Phase != Revealing || s.Me.Streak != 0 {
		t.Fatalf("after the deadline: %+v", s.Phase)
	}
	hub.Close()
	for range mine { // a last signal may be pending; then the channel must close
	}
	if _, err := hub.Join("Late"); err == nil {
		t.Fatal("a closed hub accepted a player")
	}
}

// TestRealTimerClosesTheQuestion uses the real clock: the hub's own timer
// closes a question whose time is up.
func TestRealTimerClosesTheQuestion(t *testing.T) {
	hub := NewHub(newRoom(t, roomCfg{Count: 1, PerQuestion: 150 * time.Millisecond}), time.Now, nil)
	hub.Join("Ada")
	hub.Start()
	waitUntil(t, "the timer", func() bool { return hub.Snapshot(0).Phase == Revealing })
}

// recordedRound is a room whose hub records to a fresh database.
func recordedRound(t *testing.T, clock *fakeClock, cfg roomCfg) (*Room, *store.Lazy, *Writer, *Hub) {
	t.Helper()
	lazy := store.NewLazy(filepath.Join(t.TempDir(), "p.db"))
	t.Cleanup(func() { lazy.Close() })
	room := newRoom(t, cfg)
	w := NewWriter(lazy, store.ClassRound{Started: t0, Seed: cfg.Seed, DeckHash: room.DeckHash(), Version: "test",
		Questions: cfg.Count, PerQuestion: cfg.PerQuestion}, 10)
	return room, lazy, w, NewHub(room, clock.Now, w)
}

func TestWriterStoresTheRound(t *testing.T) {
	clock := &fakeClock{now: t0}
	room, lazy, w, hub := recordedRound(t, clock, roomCfg{Count: 2, PerQuestion: 20 * time.Second, Seed: 6})
	ada, _ := hub.Join("Ada")
	bob, _ := hub.Join("Bob")
	hub.Start()
	q := hub.Snapshot(0).Question
	clock.Add(4 * time.Second)
	hub.Answer(ada.ID, q.Code.Code)
	hub.Answer(bob.ID, wrong(room))
	hub.Next()
	clock.Add(time.Second)
	hub.Answer(ada.ID, hub.Snapshot(0).Question.Code.Code)
	hub.Close()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	s, _ := lazy.Get()
	ctx := context.Background()
	if n, _ := s.ClassAnswerCount(ctx, w.Round()); n != 3 {
		t.Fatalf("%d answers stored, want 3", n)
	}
	standings, err := s.ClassStandings(ctx, w.Round())
	if err != nil || len(standings) != 2 || standings[0].Name != "Ada" || standings[0].Score != hub.Standings()[0].Player.Score {
		t.Fatalf("standings %+v %v", standings, err)
	}
	rounds, _ := s.ClassRounds(ctx)
	if len(rounds) != 1 || rounds[0].Ended == "" || rounds[0].Players != 2 {
		t.Fatalf("rounds %+v", rounds)
	}
}

// TestResultsAgree: the host's export, 'httpquiz results' and the database
// count right, missed and timed out the same way, for a player who answers,
// one who misses, one who lets a question time out, one who leaves in the
// middle of a question and one who joins during a question.
func TestResultsAgree(t *testing.T) {
	clock := &fakeClock{now: t0}
	room, lazy, w, hub := recordedRound(t, clock, roomCfg{Count: 3, PerQuestion: 20 * time.Second, Seed: 9})
	ada, _ := hub.Join("Ada")
	bob, _ := hub.Join("Bob")
	cy, _ := hub.Join("Cy")
	dee, _ := hub.Join("Dee")
	hub.Start()
	clock.Add(3*time.Second + 1500*time.Microsecond) // a time that is not whole milliseconds
	hub.Answer(ada.ID, hub.Snapshot(0).Question.Code.Code)
	hub.Answer(bob.ID, wrong(room))
	hub.Answer(dee.ID, hub.Snapshot(0).Question.Code.Code)
	hub.Leave(dee.ID)           // answered the first question, then left during the second
	eve, _ := hub.Join("Eve")   // joins while the first question is open
	clock.Add(20 * time.Second) // Cy lets it time out
	hub.Tick()
	hub.Next()
	clock.Add(2*time.Second + 700*time.Microsecond)
	hub.Answer(ada.ID, hub.Snapshot(0).Question.Code.Code)
	hub.Answer(eve.ID, wrong(room))
	hub.Next() // closed early: Bob and Cy time out
	hub.Next()
	hub.Answer(cy.ID, hub.Snapshot(0).Question.Code.Code)
	hub.Close() // ends the round: the others time out
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	var exported []store.ClassStanding
	for _, st := range hub.Standings() {
		exported = append(exported, stored(st))
	}
	s, _ := lazy.Get()
	kept, err := s.ClassStandings(context.Background(), w.Round())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(exported, kept) {
		t.Fatalf("the host's export and the stored results disagree:\nexport %+v\nstored %+v", exported, kept)
	}
	answered := 0
	for _, k := range kept {
		answered += k.Answered
	}
	if rounds, _ := s.ClassRounds(context.Background()); len(rounds) != 1 || rounds[0].Answers != answered {
		t.Errorf("the list of rounds counts %+v answers, the standings %d", rounds, answered)
	}
	want := map[string][3]int{"Ada": {2, 0, 1}, "Bob": {0, 1, 2}, "Cy": {1, 0, 2}, "Dee": {1, 0, 0}, "Eve": {0, 1, 1}}
	for _, k := range kept {
		if got := [3]int{k.Right, k.Missed, k.TimedOut}; got != want[k.Name] || k.Answered != k.Right+k.Missed {
			t.Errorf("%s: right, missed, timed out %v, answered %d; want %v", k.Name, got, k.Answered, want[k.Name])
		}
	}
	perQuestionAgrees(t, s, w.Round(), hub)
}

// perQuestionAgrees compares the host's export of every answer and every
// question with what the database keeps.
func perQuestionAgrees(t *testing.T, s *store.Store, round int64, hub *Hub) {
	t.Helper()
	names := map[int]string{}
	for _, st := range hub.Standings() {
		names[st.Player.ID] = st.Player.Name
	}
	answers, err := s.ClassAnswers(context.Background(), round)
	if err != nil {
		t.Fatal(err)
	}
	if exported := answerRows(hub.Asked(), names); !reflect.DeepEqual(exported, answers) {
		t.Errorf("the answers disagree:\nexport %+v\nstored %+v", exported, answers)
	}
	questions, err := s.ClassQuestions(context.Background(), round)
	if err != nil {
		t.Fatal(err)
	}
	if exported := questionRows(hub.Asked()); !reflect.DeepEqual(exported, questions) {
		t.Errorf("the questions disagree:\nexport %+v\nstored %+v", exported, questions)
	}
	for _, q := range questions {
		if len(q.Options) != 4 {
			t.Errorf("question %d lists %d options, want the 4 offered", q.Question, len(q.Options))
		}
	}
}

func TestEmptyRoundLeavesNothing(t *testing.T) {
	lazy := store.NewLazy(filepath.Join(t.TempDir(), "p.db"))
	defer lazy.Close()
	w := NewWriter(lazy, store.ClassRound{Started: t0}, 10)
	hub := NewHub(newRoom(t, roomCfg{Count: 1, PerQuestion: time.Second}), time.Now, w)
	hub.Close()
	if err := w.Close(); err != nil || w.Round() != 0 {
		t.Fatalf("a round nobody joined was stored as %d (%v)", w.Round(), err)
	}
}

func TestWriterWithoutDatabaseDoesNotBlock(t *testing.T) {
	lazy := store.NewLazy("/proc/no-such-place/p.db")
	w := NewWriter(lazy, store.ClassRound{Started: t0}, 10)
	hub := NewHub(newRoom(t, roomCfg{Count: 1, PerQuestion: time.Second}), time.Now, w)
	for range 100 {
		hub.Join("x")
	}
	hub.Close()
	if err := w.Close(); err == nil {
		t.Fatal("a database that cannot be opened should be reported")
	}
}
