package workshop

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/internal/golden"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/theme"
)

// screen is what a model shows, as a person reads it.
func screen(m tea.Model) string { return golden.TrimLines(ansi.Strip(m.View().Content)) }

// joined is a participant's model that has typed its name, as the server
// would run it; its commands (waiting for the hub) are not run.
func joined(t *testing.T, hub *Hub, name string, w, h int) *player {
	t.Helper()
	p := newPlayer(hub, NewDoor(""), "", "")
	p.Update(tea.WindowSizeMsg{Width: w, Height: h})
	for _, r := range name {
		p.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	p.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if p.stage != inRoom {
		t.Fatalf("%s did not join: %s", name, p.notice)
	}
	return p
}

// TestGoldenClassroom pins the participant's and the host's screens through
// a round: lobby, question, paused with more time, answer locked in, reveal,
// podium, and the lobby of another round.
// Refresh with: go test ./workshop -run TestGoldenClassroom -update
func TestGoldenClassroom(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {80, 24}, {50, 16}} {
		at := fmt.Sprintf("-%dx%d", size[0], size[1])
		clock := &fakeClock{now: t0}
		room := newRoom(t, roomCfg{Count: 2, PerQuestion: 20 * time.Second, Seed: 4})
		hub := NewHub(room, clock.Now, nil)
		t.Cleanup(hub.Close)
		host := NewHost(hub, HostInfo{Join: "ssh -p 2222 classroom.example", Door: NewDoor("TEAPOT"), Version: "v-test",
			Saving: "results kept in progress.db"}).(*host)
		host.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		ada := joined(t, hub, "Ada", size[0], size[1])
		joined(t, hub, "Grace", size[0], size[1])
		refresh := func() {
			ada.Update(updateMsg{})
			host.Update(updateMsg{})
		}
		refresh()
		golden.Check(t, "player-lobby"+at, screen(ada))
		golden.Check(t, "host-lobby"+at, screen(host))

		host.Update(tea.KeyPressMsg{Code: 's', Text: "s"})
		clock.Add(6 * time.Second)
		refresh()
		golden.Check(t, "player-question"+at, screen(ada))
		golden.Check(t, "host-question"+at, screen(host))

		host.Update(tea.KeyPressMsg{Code: 'p', Text: "p"})
		host.Update(tea.KeyPressMsg{Code: '+', Text: "+"})
		clock.Add(30 * time.Second) // paused: the clock stands still
		refresh()
		golden.Check(t, "player-paused"+at, screen(ada))
		golden.Check(t, "host-paused"+at, screen(host))
		host.Update(tea.KeyPressMsg{Code: 'p', Text: "p"})

		q := room.Question()
		for i, o := range q.Options {
			if o.Value == q.Code.Code {
				ada.Update(tea.KeyPressMsg{Code: rune('1' + i), Text: string(rune('1' + i))})
			}
		}
		refresh()
		golden.Check(t, "player-locked-in"+at, screen(ada))

		clock.Add(30 * time.Second) // Grace never answers
		hub.Tick()
		refresh()
		golden.Check(t, "player-reveal"+at, screen(ada))
		golden.Check(t, "host-reveal"+at, screen(host))

		host.Update(tea.KeyPressMsg{Code: 'e', Text: "e"})
		refresh()
		golden.Check(t, "player-podium"+at, screen(ada))
		golden.Check(t, "host-podium"+at, screen(host))

		room.seeds = func() uint64 { return 99 }
		host.Update(tea.KeyPressMsg{Code: 'r', Text: "r"})
		refresh()
		golden.Check(t, "player-lobby-again"+at, screen(ada))
		golden.Check(t, "host-lobby-again"+at, screen(host))
	}
}

// TestRevealSaysAccepted: an also-accepted answer is told as one, with its
// note, in the same words as every face.
func TestRevealSaysAccepted(t *testing.T) {
	room := newRoom(t, roomCfg{Count: 1, PerQuestion: 10 * time.Second, Seed: 1})
	q := room.Question()
	res := quiz.Result{Question: q, Verdict: quiz.AlsoAccepted, Answer: q.Code, AcceptNote: "Either reading holds."}
	s := Snapshot{Shared: Shared{Phase: Revealing, Question: q}, Me: &Player{Playing: true, Last: &Answer{Result: res}}}
	got := ansi.Strip(revealText(theme.NewStyles(theme.ANSIPalette()), s, 80))
	if !strings.Contains(got, "✓ Accepted. The preferred answer is "+q.Code.Title()) ||
		!strings.Contains(got, "Also accepted: Either reading holds.") || strings.Contains(got, "Right!") {
		t.Fatalf("an also-accepted answer in the classroom:\n%s", got)
	}
}
