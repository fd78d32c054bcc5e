package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/plain"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/tui"
	"github.com/httpquiz/httpquiz/workshop"
)

// payload holds the sequences a hostile deck or name would send: a window
// title (OSC 0), a clipboard write (OSC 52), a clear screen, a hidden link
// (OSC 8), a device control string, an 8-bit CSI, a bell and a
// right-to-left override.
const payload = "\x1b]0;owned\x07\x1b]52;c;cm0gLXJm\x07\x1b[2J\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\\x1bP1$r\x1b\\\u009b2J\u202eevil"

// leaks reports what of the payload reached the raw bytes of a face's
// output. The faces' own styling (CSI ... m) may be there; nothing else is.
func leaks(out string) []string {
	var found []string
	for _, bad := range []string{"\x1b]", "\x1bP", "\x1b[2J", "\u009b", "\a", "\u202e", "\x1b\\"} {
		if strings.Contains(out, bad) {
			found = append(found, strings.ToValidUTF8(bad, "?"))
		}
	}
	return found
}

// hostileContent is a deck the loader would refuse, as if it had passed it:
// the faces must hold on their own.
func hostileContent(t *testing.T) round.Content {
	c, err := round.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c.Deck = content.Deck{Scenarios: []content.Scenario{{
		ID: "hostile", Prompt: "Which code fits a page that was never there? " + payload, Answer: 404,
		AlsoAccept: []int{410}, AcceptNote: "Gone counts too " + payload, Explanation: "Nothing lives there " + payload,
	}}}
	c.Sources = []string{"hostile" + payload + ".yaml"}
	return c
}

// TestNoFaceWritesDeckControls plays a hostile scenario in the full screen,
// in plain mode and in the classroom (participant and host, with a hostile
// name), reading the raw bytes each face writes.
func TestNoFaceWritesDeckControls(t *testing.T) {
	c := hostileContent(t)
	spec := round.Timed(1, round.Limits{PerQuestion: 20 * time.Second}, "").WithSeed(1)

	screen := newFace(t, tui.New(tui.Options{Start: tui.StartRound, Spec: spec, Clock: time.Now, Version: "test",
		Load: func() (round.Content, error) { return c, nil }}))
	screen.until("the timed intro", has("Press enter to start the clock."))
	screen.press("enter")
	screen.until("the question", has("never there"))
	raw := screen.m.View().Content
	screen.press("1")
	screen.until("the feedback", has("Why "))
	raw += screen.m.View().Content
	if l := leaks(raw); l != nil {
		t.Errorf("the full screen wrote %q", l)
	}

	p, err := round.Start(spec, c, time.Now, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if _, err := plain.Run(context.Background(), plain.Options{Play: p, In: strings.NewReader("4\n"), Out: &out, Echo: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Nothing lives there") || leaks(out.String()) != nil {
		t.Errorf("plain mode wrote %q:\n%q", leaks(out.String()), out.String())
	}

	room, err := workshop.NewRoom(c, round.Classroom(1, 20*time.Second).WithSeed(1), 10)
	if err != nil {
		t.Fatal(err)
	}
	hub := workshop.NewHub(room, time.Now, nil)
	defer hub.Close()
	host := newFace(t, workshop.NewHost(hub, workshop.HostInfo{Join: "ssh x", Door: workshop.NewDoor("ABC234")}))
	player := newFace(t, workshop.NewParticipant(hub, "", ""))
	player.until("the name prompt", has("Your name"))
	player.press("Ana\x1b]0;x\a\u009b2J\u202eZ") // as a paste
	raw = player.m.View().Content
	player.press("enter")
	player.until("the lobby", has("Waiting for the host"))
	raw += player.m.View().Content
	if err := hub.Start(); err != nil {
		t.Fatal(err)
	}
	raw += player.until("the question", has("never there"))
	raw += player.m.View().Content
	player.press("1")
	player.until("the reveal", has("Leaderboard"))
	raw += player.m.View().Content
	host.until("the host's screen", has("Ana"))
	hostRaw := host.m.View().Content
	if l := leaks(raw); l != nil {
		t.Errorf("the participant's screen wrote %q", l)
	}
	if l := leaks(hostRaw); l != nil {
		t.Errorf("the host's screen wrote %q", l)
	}
	for _, s := range hub.Standings() {
		if l := leaks(s.Player.Name); l != nil {
			t.Errorf("a standing's name keeps %q", l)
		}
	}
}

// TestResultsFromAHostileFile: a database anyone could have written holds a
// player's name and a version with controls; results and export print them
// as data in every format.
func TestResultsFromAHostileFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	id, err := s.StartClassRound(ctx, store.ClassRound{Started: time.Now(), Version: "v" + payload, Questions: 1})
	if err == nil {
		err = s.SaveClassEvents(ctx, []store.ClassEvent{{Round: id, Player: 1, Name: "Ana" + payload, At: time.Now(), Question: -1}})
	}
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, args := range [][]string{{"results"}, {"results", "1"}, {"results", "1", "--format", "csv"},
		{"results", "1", "--format", "json"}, {"results", "--format", "json"}, {"results", "1", "--format", "markdown"},
		{"results", "1", "--answers"}, {"results", "1", "--questions", "--format", "csv"}} {
		r := httpquiz(t, "", append([]string{"--db", db}, args...)...)
		if r.code != 0 || leaks(r.stdout) != nil {
			t.Errorf("%v: exit %d, wrote %q:\n%q", args, r.code, leaks(r.stdout), r.stdout)
		}
	}
}
