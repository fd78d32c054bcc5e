package workshop

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/store"
)

// TestPauseStopsTheClock: while paused nobody can answer and the question
// does not close; the time paused counts for nobody's answer.
func TestPauseStopsTheClock(t *testing.T) {
	r := newRoom(t, roomCfg{Count: 2, PerQuestion: 20 * time.Second, Seed: 5})
	ada, _ := r.Join("Ada", at(0))
	r.Join("Bob", at(0))
	if err := r.Pause(at(0)); !errors.Is(err, ErrNotAsking) {
		t.Fatalf("pause in the lobby: %v", err)
	}
	r.Start(at(0))
	r.Pause(at(5))
	if _, err := r.Answer(ada.ID, r.Question().Code.Code, at(6)); !errors.Is(err, ErrPaused) {
		t.Fatalf("an answer while paused: %v", err)
	}
	if r.Tick(at(100)) || r.Phase() != Asking {
		t.Fatal("a paused question closed")
	}
	if left := r.Left(at(100)); left != 15*time.Second {
		t.Fatalf("paused with %v left, want 15s", left)
	}
	r.Pause(at(100)) // resume
	a, err := r.Answer(ada.ID, r.Question().Code.Code, at(102))
	if err != nil || a.Result.Elapsed != 7*time.Second {
		t.Fatalf("answered 7 s into the question's own time: %v, %v", a.Result.Elapsed, err)
	}
	r.Extend(10 * time.Second)
	if left := r.Left(at(102)); left != 23*time.Second {
		t.Fatalf("after 10 s more: %v left, want 23s", left)
	}
	for range 100 {
		r.Extend(time.Minute)
	}
	if r.Extended() != MaxExtension {
		t.Fatalf("extended by %v, want at most %v", r.Extended(), MaxExtension)
	}
}

// TestReplayKeepsThePlayers: another round keeps those still here, with
// new questions and scores from zero; it is stored as a round of its own,
// once it starts, with the players there then.
func TestReplayKeepsThePlayers(t *testing.T) {
	clock := &fakeClock{now: t0}
	room, lazy, w, hub := recordedRound(t, clock, roomCfg{Count: 1, PerQuestion: 20 * time.Second, Seed: 7})
	ada, _ := hub.Join("Ada")
	bob, _ := hub.Join("Bob")
	hub.Start()
	first := room.Question().ID()
	hub.Answer(ada.ID, room.Question().Code.Code)
	hub.Leave(bob.ID) // and the question closes: everyone here has answered
	if err := hub.Replay(); !errors.Is(err, ErrNotFinished) {
		t.Fatalf("a replay before the end: %v", err)
	}
	hub.Next() // the podium
	if err := hub.Replay(); err != nil {
		t.Fatal(err)
	}
	s := hub.Snapshot(ada.ID)
	if s.Phase != Lobby || s.Round != 2 || s.Here != 1 || s.Me.Score != 0 || s.Seed == 7 {
		t.Fatalf("after a replay: phase %v, round %d, %d here, score %d, seed %d", s.Phase, s.Round, s.Here, s.Me.Score, s.Seed)
	}
	bob2, err := hub.Join("Bob") // the name is free again
	if err != nil || bob2.Name != "Bob" {
		t.Fatalf("joining the new round: %q, %v", bob2.Name, err)
	}
	hub.Start()
	if room.Question().ID() == first {
		t.Log("the new seed happened to ask the same first question") // possible, if unlikely
	}
	hub.Answer(bob2.ID, room.Question().Code.Code)
	hub.Close()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	rounds := w.Rounds()
	if len(rounds) != 2 {
		t.Fatalf("stored rounds %v, want 2", rounds)
	}
	st, _ := lazy.Get()
	second, _ := st.ClassStandings(context.Background(), rounds[1])
	if len(second) != 2 || second[0].Name != "Bob" || second[0].Right != 1 || second[1].TimedOut != 1 {
		t.Fatalf("the second round's standings: %+v", second)
	}
	perQuestionAgrees(t, st, rounds[1], hub)
}

// TestRevealKeepsYourLine: in a small window, a long reveal scrolls and the
// player's own place stays in sight, whatever the scroll.
func TestRevealKeepsYourLine(t *testing.T) {
	clock := &fakeClock{now: t0}
	room := newRoom(t, roomCfg{Count: 1, PerQuestion: 20 * time.Second, Seed: 4})
	hub := NewHub(room, clock.Now, nil)
	t.Cleanup(hub.Close)
	var others []Player
	for i := range 14 {
		p, _ := hub.Join(fmt.Sprintf("Player %d", i+1))
		others = append(others, p)
	}
	ada := joined(t, hub, "Ada", 42, 12)
	hub.Start()
	for _, p := range others {
		hub.Answer(p.ID, room.Question().Code.Code)
	}
	clock.Add(30 * time.Second)
	hub.Tick()
	ada.Update(updateMsg{})
	for _, k := range []string{"", "j", "G", "k", "g"} {
		if k != "" {
			ada.Update(tea.KeyPressMsg{Code: rune(k[0]), Text: k})
		}
		got := screen(ada)
		if !strings.Contains(got, "You are number 15 with 0 points.") || len(strings.Split(strings.TrimSuffix(got, "\n"), "\n")) > 12 {
			t.Fatalf("after %q the reveal at 42x12:\n%s", k, got)
		}
		if k == "G" && !strings.Contains(got, "Player 10") {
			t.Fatalf("scrolled to the end, the leaderboard is not in sight:\n%s", got)
		}
	}
}

// TestHostLobbyWithAFullRoom: a room of 300 shows its count, the latest
// names in a grid and how many joined before them, in one screen.
func TestHostLobbyWithAFullRoom(t *testing.T) {
	hub := NewHub(newRoom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second, MaxPlayers: 500}), time.Now, nil)
	t.Cleanup(hub.Close)
	host := NewHost(hub, HostInfo{Join: "ssh -p 2222 classroom.example", Version: "v", Saving: "kept"}).(*host)
	host.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	for i := range 300 {
		hub.Join(fmt.Sprintf("Player %d", i+1))
	}
	host.Update(updateMsg{})
	got := screen(host)
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	shown := strings.Count(got, "Player ")
	if len(lines) > 30 || !strings.Contains(got, "300 players here") || !strings.Contains(got, "Player 300") ||
		!strings.Contains(got, fmt.Sprintf("and %d who joined earlier", 300-shown)) || shown < 20 {
		t.Fatalf("the lobby of 300 (%d names shown, %d lines):\n%s", shown, len(lines), got)
	}
}

// TestClosesWhenEveryoneHereAnswered: the count of those still to answer
// follows answers and departures, and a player who answers, then leaves,
// is not counted twice.
func TestClosesWhenEveryoneHereAnswered(t *testing.T) {
	r := newRoom(t, roomCfg{Count: 2, PerQuestion: 20 * time.Second, Seed: 5})
	a, _ := r.Join("A", at(0))
	b, _ := r.Join("B", at(0))
	c, _ := r.Join("C", at(0))
	r.Start(at(0))
	code := r.Question().Code.Code
	r.Answer(a.ID, code, at(1))
	r.Leave(a.ID)
	r.Answer(b.ID, code, at(2))
	if r.Tick(at(2)) {
		t.Fatal("closed with C still to answer")
	}
	r.Leave(c.ID)
	if !r.Tick(at(3)) {
		t.Fatal("still open with everyone here answered")
	}
}

// TestHostExportWritesThreeFiles: x writes the standings, every answer and
// every question, each under the columns 'httpquiz results' prints.
func TestHostExportWritesThreeFiles(t *testing.T) {
	clock := &fakeClock{now: t0}
	room := newRoom(t, roomCfg{Count: 1, PerQuestion: 20 * time.Second, Seed: 3})
	hub := NewHub(room, clock.Now, nil)
	t.Cleanup(hub.Close)
	ada, _ := hub.Join("Ada")
	hub.Join("Bob, \"the\" builder")
	hub.Start()
	hub.Answer(ada.ID, room.Question().Code.Code)
	hub.Next()
	dir := t.TempDir()
	msg := exportCmd(hub.Standings(), hub.Asked(), dir)().(exportedMsg)
	if msg.err != nil {
		t.Fatal(msg.err)
	}
	base := strings.TrimSuffix(msg.path, ".csv")
	for suffix, want := range map[string][]string{
		".csv":           {strings.Join(store.ClassStandingHeader, ","), "1,Ada,", "2,\"Bob, \"\"the\"\" builder\","},
		"-answers.csv":   {strings.Join(store.ClassAnswerHeader, ","), ",Ada,", "timed out,false"},
		"-questions.csv": {strings.Join(store.ClassQuestionHeader, ","), "1," + room.Question().ID() + ","},
	} {
		data, err := os.ReadFile(base + suffix)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(string(data), w) {
				t.Errorf("%s lacks %q:\n%s", suffix, w, data)
			}
		}
	}
}
