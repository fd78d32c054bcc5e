package workshop

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
)

// TestOnlyPhaseChangesWakePlayers: answers and joins wake the host alone;
// a question opening or closing wakes everyone, and the shared part of the
// snapshot is built once per change.
func TestOnlyPhaseChangesWakePlayers(t *testing.T) {
	clock := &fakeClock{now: t0}
	hub := NewHub(newRoom(t, roomCfg{Count: 2, PerQuestion: 15 * time.Second, Seed: 2}), clock.Now, nil)
	defer hub.Close()
	host := hub.Subscribe(0)
	ada, _ := hub.Join("Ada")
	bob, _ := hub.Join("Bob")
	mine := hub.Subscribe(ada.ID)
	<-host
	hub.Join("Cy")
	if len(mine) != 0 || len(host) != 1 {
		t.Fatalf("a join: %d signals for a player, %d for the host; want 0 and 1", len(mine), len(host))
	}
	hub.Start()
	if len(mine) != 1 {
		t.Fatal("the question opening did not wake the player")
	}
	<-mine
	hub.Answer(bob.ID, hub.Snapshot(0).Question.Code.Code)
	if len(mine) != 0 {
		t.Fatal("someone else's answer woke the player")
	}
	a, b := hub.Snapshot(ada.ID), hub.Snapshot(bob.ID)
	if a.Version != b.Version || a.Answered != 1 || a.Here != 3 || a.Playing != 3 {
		t.Fatalf("snapshots %+v / %+v", a.Shared, b.Shared)
	}
	if a.Board != nil {
		t.Error("the leaderboard was sorted while a question is open")
	}
	hub.Next()
	if len(mine) != 1 {
		t.Fatal("the reveal did not wake the player")
	}
	if s := hub.Snapshot(bob.ID); s.MyRank != 1 || len(s.Board) != 3 {
		t.Fatalf("at the reveal: rank %d, board %d", s.MyRank, len(s.Board))
	}
}

// TestNamesAndPodium: a de-duplicated long name has one space before its
// number; ties share a rank and its medal; a late joiner is told how many
// questions they played.
func TestNamesAndPodium(t *testing.T) {
	r := newRoom(t, roomCfg{Count: 2, PerQuestion: 15 * time.Second, Seed: 3})
	long := "Ana Maria Bellwea xy" // 20 runes: the cut for " 2" ends on its space
	first, _ := r.Join(long, at(0))
	second, _ := r.Join(long, at(0))
	if first.Name != long || second.Name != "Ana Maria Bellwea 2" || strings.Contains(second.Name, "  ") {
		t.Fatalf("names %q, %q", first.Name, second.Name)
	}
	r2, _ := r.Join("Ana Maria ", at(0))
	r3, _ := r.Join("ana maria", at(0))
	if r3.Name != "ana maria 2" || r2.Name != "Ana Maria" {
		t.Fatalf("names %q, %q", r2.Name, r3.Name)
	}
	board := []Standing{{Rank: 1, Player: Player{Name: "A", Tally: tally(900)}}, {Rank: 2, Player: Player{Name: "B", Tally: tally(500)}},
		{Rank: 2, Player: Player{Name: "C", Tally: tally(500)}}, {Rank: 4, Player: Player{Name: "D"}}}
	got := podium(board)
	if len(got) != 3 || got[1].medal != "🥈 2." || got[2].medal != "🥈 2." {
		t.Fatalf("podium %+v", got)
	}
	late := Snapshot{MyRank: 4, Me: &Player{Answered: 1}}
	if s := yourPlace(late); !strings.Contains(s, "0 right of the 1 question you played") {
		t.Fatalf("a late joiner is told: %s", s)
	}
}

// TestNameLimitShown: the name prompt counts the characters against the
// limit, and stops at it.
func TestNameLimitShown(t *testing.T) {
	hub := NewHub(newRoom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second}), time.Now, nil)
	defer hub.Close()
	p := newPlayer(hub, NewDoor(""), "", "")
	for _, r := range strings.Repeat("x", 30) {
		p.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	if s := screen(p); !strings.Contains(s, strings.Repeat("x", MaxNameRunes)+"▏  20/20") {
		t.Fatalf("the name prompt:\n%s", s)
	}
}

func tally(score int) quiz.Tally { return quiz.Tally{Score: score} }

// TestOneStatusLine: keys pressed after the answer is locked in, or while
// the question is paused, leave the one status line that says so alone.
func TestOneStatusLine(t *testing.T) {
	clock := &fakeClock{now: t0}
	room := newRoom(t, roomCfg{Count: 1, PerQuestion: 20 * time.Second, Seed: 4})
	hub := NewHub(room, clock.Now, nil)
	t.Cleanup(hub.Close)
	ada := joined(t, hub, "Ada", 80, 24)
	joined(t, hub, "Bob", 80, 24)
	hub.Start()
	ada.Update(updateMsg{})
	hub.Pause()
	ada.Update(updateMsg{})
	ada.Update(tea.KeyPressMsg{Code: '1', Text: "1"})
	if got := screen(ada); strings.Count(got, "paused") != 1 {
		t.Fatalf("paused, after a key:\n%s", got)
	}
	hub.Pause()
	ada.Update(updateMsg{})
	for _, k := range "12" {
		ada.Update(tea.KeyPressMsg{Code: k, Text: string(k)})
	}
	if got := screen(ada); strings.Count(got, "locked in") != 1 {
		t.Fatalf("locked in, after another key:\n%s", got)
	}
}

// TestLineScreen: only the lines that changed are written again, a style
// that runs over a line break is carried to the next line, and a resize
// redraws everything.
func TestLineScreen(t *testing.T) {
	var l lineScreen
	l.resize(20, 3)
	first := l.update("one\n\x1b[1mtwo\nthree\x1b[0m")
	if !strings.Contains(first, "\x1b[2J") || !strings.Contains(first, "\x1b[3;1H\x1b[1mthree") {
		t.Fatalf("the first draw: %q", first)
	}
	if again := l.update("one\n\x1b[1mtwo\nthree\x1b[0m"); again != "" {
		t.Fatalf("an unchanged view wrote %q", again)
	}
	if next := l.update("one\n\x1b[1mtwo\nfour\x1b[0m\nfive"); next != "\x1b[3;1H\x1b[1mfour\x1b[0m\x1b[m\x1b[K" {
		t.Fatalf("one line changed (and one past the window) wrote %q", next)
	}
	l.resize(20, 3)
	if all := l.update("one"); !strings.Contains(all, "\x1b[2J") || !strings.Contains(all, "\x1b[Hone") {
		t.Fatalf("after a resize: %q", all)
	}
}

// TestSharedDrawingsStayPersonal: the question and the leaderboard are
// drawn once for the room, yet each player sees their own choice and their
// own line marked, and nobody else's.
func TestSharedDrawingsStayPersonal(t *testing.T) {
	clock := &fakeClock{now: t0}
	room := newRoom(t, roomCfg{Count: 1, PerQuestion: 20 * time.Second, Seed: 4})
	hub := NewHub(room, clock.Now, nil)
	t.Cleanup(hub.Close)
	ada, bob, cy := joined(t, hub, "Ada", 80, 24), joined(t, hub, "Bob", 80, 24), joined(t, hub, "Cy", 80, 24)
	hub.Start()
	opts := room.Question().Options
	for i, p := range []*player{ada, bob} {
		p.Update(updateMsg{})
		p.Update(tea.KeyPressMsg{Code: rune('1' + i), Text: string(rune('1' + i))})
		if got := screen(p); strings.Count(got, "▸") != 1 || !strings.Contains(got, "▸ "+present.OptionMark(i)+"  "+opts[i].Label) {
			t.Fatalf("after choosing option %d:\n%s", i+1, got)
		}
	}
	clock.Add(30 * time.Second)
	hub.Tick()
	for _, p := range []*player{ada, bob, cy} {
		p.Update(updateMsg{})
		got := screen(p)
		mine := ""
		for _, l := range strings.Split(got, "\n") {
			if strings.Contains(l, "(you)") {
				mine = l
			}
		}
		if strings.Count(got, "(you)") != 1 || !strings.Contains(mine, ". "+p.snap.Me.Name+" ") {
			t.Fatalf("%s's reveal:\n%s", p.snap.Me.Name, got)
		}
	}
}

// TestHeaderKeepsThePoints: in a narrow window, a long name gives way in
// the header, not the points or the clock.
func TestHeaderKeepsThePoints(t *testing.T) {
	hub := NewHub(newRoom(t, roomCfg{Count: 1, PerQuestion: 20 * time.Second, Seed: 4}), time.Now, nil)
	t.Cleanup(hub.Close)
	p := joined(t, hub, strings.Repeat("N", MaxNameRunes), 42, 12)
	hub.Start()
	p.Update(updateMsg{})
	head := strings.SplitN(screen(p), "\n", 2)[0]
	if !strings.Contains(head, "⏱") || !strings.Contains(head, "0 points") || strings.Contains(head, "NNNN") {
		t.Fatalf("the header at 42 columns: %q", head)
	}
	p.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if head := strings.SplitN(screen(p), "\n", 2)[0]; !strings.Contains(head, strings.Repeat("N", MaxNameRunes)+" · 0 points") {
		t.Fatalf("the header at 100 columns: %q", head)
	}
}
