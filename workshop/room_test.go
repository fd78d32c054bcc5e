package workshop

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/round"
)

var t0 = time.Date(2026, 9, 1, 14, 0, 0, 0, time.UTC)

// roomCfg is a classroom round for a test.
type roomCfg struct {
	Count       int
	PerQuestion time.Duration
	Seed        uint64
	MaxPlayers  int
}

func newRoom(t *testing.T, cfg roomCfg) *Room {
	t.Helper()
	c, err := round.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRoom(c, round.Classroom(cfg.Count, cfg.PerQuestion).WithSeed(cfg.Seed), cfg.MaxPlayers)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func at(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }

func right(r *Room) int { return r.Question().Code.Code }

func wrong(r *Room) int {
	for _, o := range r.Question().Options {
		if !r.Question().Scenario.Accepts(o.Value) {
			return o.Value
		}
	}
	return 0
}

func TestRoundFlow(t *testing.T) {
	r := newRoom(t, roomCfg{Count: 3, PerQuestion: 20 * time.Second, Seed: 5})
	if err := r.Start(at(0)); !errors.Is(err, ErrNoPlayers) {
		t.Fatalf("start with nobody: %v", err)
	}
	ada, _ := r.Join("Ada", at(0))
	bob, _ := r.Join("Bob", at(1))
	if err := r.Start(at(2)); err != nil || r.Phase() != Asking {
		t.Fatal(err)
	}
	a, err := r.Answer(ada.ID, right(r), at(7)) // 5 s of 20
	if err != nil || a.Result.Points != 875 {
		t.Fatalf("Ada: %+v %v", a, err)
	}
	if _, err := r.Answer(ada.ID, right(r), at(8)); !errors.Is(err, ErrAnswered) {
		t.Errorf("a second answer: %v", err)
	}
	if r.Tick(at(10)) {
		t.Fatal("closed while Bob still thinks")
	}
	if _, err := r.Answer(bob.ID, wrong(r), at(12)); err != nil {
		t.Fatal(err)
	}
	if !r.Tick(at(12)) || r.Phase() != Revealing {
		t.Fatal("everyone answered: the question should close")
	}
	if _, err := r.Answer(bob.ID, right(r), at(13)); !errors.Is(err, ErrNotOpen) {
		t.Errorf("an answer after the close: %v", err)
	}
	// A latecomer joins during the reveal and plays the next question.
	cy, _ := r.Join("Cy", at(14))
	r.Next(at(15))
	if r.Phase() != Asking || r.Index() != 1 || !cy.Playing {
		t.Fatalf("next question: phase %v index %d, Cy playing %v", r.Phase(), r.Index(), cy.Playing)
	}
	// Nobody answers: the deadline closes it, and streaks end.
	if r.Tick(at(34.9)) || !r.Tick(at(35)) {
		t.Fatal("the deadline should close the question at 20 s")
	}
	if ada.Streak != 0 || ada.Answered != 1 || ada.TimedOut != 1 {
		t.Errorf("a timeout ends the streak: %+v", ada)
	}
	r.Next(at(40))
	r.Next(at(41)) // close early
	r.Next(at(42)) // past the last question
	if r.Phase() != Finished {
		t.Fatalf("phase %v", r.Phase())
	}
	if _, err := r.Join("Dee", at(43)); !errors.Is(err, ErrOver) {
		t.Errorf("joining a finished round: %v", err)
	}
}

func TestLateJoinerWaits(t *testing.T) {
	r := newRoom(t, roomCfg{Count: 2, PerQuestion: 10 * time.Second, Seed: 1})
	ada, _ := r.Join("Ada", at(0))
	r.Start(at(0))
	late, _ := r.Join("Late", at(3))
	if _, err := r.Answer(late.ID, right(r), at(4)); !errors.Is(err, ErrNotPlaying) {
		t.Fatalf("late joiner answered mid-question: %v", err)
	}
	r.Answer(ada.ID, right(r), at(5))
	if !r.Tick(at(5)) {
		t.Fatal("the late joiner must not hold the question open")
	}
	r.Next(at(6))
	if _, err := r.Answer(late.ID, right(r), at(7)); err != nil {
		t.Fatalf("late joiner on the next question: %v", err)
	}
}

func TestLeaderboardAndTies(t *testing.T) {
	r := newRoom(t, roomCfg{Count: 2, PerQuestion: 20 * time.Second, Seed: 9})
	fast, _ := r.Join("Fast", at(0))
	slow, _ := r.Join("Slow", at(0))
	twin, _ := r.Join("Twin", at(0))
	none, _ := r.Join("None", at(0))
	r.Start(at(0))
	r.Answer(fast.ID, right(r), at(2))
	r.Answer(slow.ID, right(r), at(10))
	r.Answer(twin.ID, right(r), at(10))
	r.Answer(none.ID, wrong(r), at(1))
	r.Tick(at(10))
	board := r.Leaderboard()
	var got []string
	for _, s := range board {
		got = append(got, s.Player.Name+":"+strconv.Itoa(s.Rank))
	}
	if strings.Join(got, " ") != "Fast:1 Slow:2 Twin:2 None:4" {
		t.Fatalf("leaderboard %v", got)
	}
}

func TestJoinRules(t *testing.T) {
	r := newRoom(t, roomCfg{Count: 1, PerQuestion: time.Second, MaxPlayers: 3})
	a, _ := r.Join("ada", at(0))
	b, _ := r.Join("ADA", at(0))
	if b.Name != "ADA 2" {
		t.Errorf("second Ada is %q", b.Name)
	}
	if _, err := r.Join("\x1b[31m\x1b[0m", at(0)); !errors.Is(err, ErrNoName) {
		t.Errorf("an empty name after cleaning: %v", err)
	}
	r.Join("cy", at(0))
	if _, err := r.Join("dee", at(0)); !errors.Is(err, ErrFull) {
		t.Errorf("a fourth player in a room of 3: %v", err)
	}
	r.Leave(a.ID)
	if _, err := r.Join("dee", at(0)); err != nil {
		t.Errorf("a place freed by a leaver: %v", err)
	}
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"Ada Lovelace":                         "Ada Lovelace",
		"  spaced   out  ":                     "spaced out",
		"\x1b[2J\x1b[31mRed\x1b[0m":            "Red",
		"bell\aand\x00nul":                     "bellandnul",
		"evil\u202Eoverride":                   "eviloverride",
		"zero\u200Bwidth":                      "zerowidth",
		"\x1b]0;title\x07Name":                 "Name",
		"a very long name that goes on and on": "a very long name tha",
		"---":                                  "",
		"Zoë 😀":                                "Zoë 😀",
		"\x9b31mC1":                            "C1", // a C1 escape sequence
	} {
		if got := CleanName(in); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStreakBonus: a classroom scores with the same scorer as every round: a
// second right answer in a row adds the streak bonus, and a question left
// unanswered ends the streak.
func TestStreakBonus(t *testing.T) {
	r := newRoom(t, roomCfg{Count: 3, PerQuestion: 20 * time.Second, Seed: 5})
	ada, _ := r.Join("Ada", at(0))
	bob, _ := r.Join("Bob", at(0))
	must := func(a *Answer, err error) *Answer {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	if err := r.Start(at(0)); err != nil {
		t.Fatal(err)
	}
	must(r.Answer(ada.ID, right(r), at(5)))
	must(r.Answer(bob.ID, right(r), at(5)))
	r.Tick(at(6)) // everyone is in: the answer shows
	r.Next(at(10))
	second := must(r.Answer(ada.ID, right(r), at(15))) // 5 s into the second question
	r.Tick(at(31))                                     // Bob never answers
	if second.Result.Points != 875+100 || second.Result.Streak != 2 {
		t.Fatalf("a second right answer in a row: %d points, streak %d", second.Result.Points, second.Result.Streak)
	}
	a, _ := r.Player(ada.ID)
	b, _ := r.Player(bob.ID)
	if a.Score != 875+975 || a.Streak != 2 || b.Streak != 0 || b.Score != 875 || !b.Last.Result.TimedOut {
		t.Fatalf("Ada %d (streak %d), Bob %d (streak %d)", a.Score, a.Streak, b.Score, b.Streak)
	}
}

// TestThemeReachesParticipants: the host's --theme colors every screen, and
// changes nothing but the colors.
func TestThemeReachesParticipants(t *testing.T) {
	hub := NewHub(newRoom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second}), time.Now, nil)
	defer hub.Close()
	plainView := newPlayer(hub, NewDoor(""), "", "").View().Content
	contrast := newPlayer(hub, NewDoor(""), "", "high-contrast").View().Content
	if plainView == contrast || ansi.Strip(plainView) != ansi.Strip(contrast) {
		t.Fatal("the high-contrast theme should change the participant's colors and nothing else")
	}
	h := NewHost(hub, HostInfo{Theme: "high-contrast"}).View().Content
	if h == NewHost(hub, HostInfo{}).View().Content {
		t.Fatal("the host's screen should follow the theme too")
	}
}
