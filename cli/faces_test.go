package cli

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/plain"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/tui"
	"github.com/httpquiz/httpquiz/workshop"
)

// clock is a clock the test moves, safe to read from any goroutine.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func newClock() *clock { return &clock{now: time.Date(2026, 10, 1, 10, 0, 0, 0, time.UTC)} }

// face runs a Bubble Tea model as its program would: commands run in the
// background and their messages come back to Update, one at a time.
type face struct {
	t    *testing.T
	m    tea.Model
	msgs chan tea.Msg
}

func newFace(t *testing.T, m tea.Model) *face {
	f := &face{t: t, m: m, msgs: make(chan tea.Msg, 1024)}
	f.run(m.Init())
	f.send(tea.WindowSizeMsg{Width: 200, Height: 60}) // wide: no verdict is wrapped
	return f
}

func (f *face) run(cmd tea.Cmd) {
	if cmd != nil {
		go func() { f.msgs <- cmd() }()
	}
}

func (f *face) send(msg tea.Msg) {
	switch msg := msg.(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			f.run(c)
		}
	case nil, tea.QuitMsg:
	default:
		var cmd tea.Cmd
		f.m, cmd = f.m.Update(msg)
		f.run(cmd)
	}
}

func (f *face) press(key string) {
	r := []rune(key)
	k := tea.KeyPressMsg{Code: r[0], Text: key}
	if key == "enter" {
		k = tea.KeyPressMsg{Code: tea.KeyEnter}
	}
	f.send(k)
}

func (f *face) view() string { return ansi.Strip(f.m.View().Content) }

// until handles messages until the screen shows what ok looks for.
func (f *face) until(what string, ok func(string) bool) string {
	f.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		if v := f.view(); ok(v) {
			return v
		}
		select {
		case msg := <-f.msgs:
			f.send(msg)
		case <-deadline:
			f.t.Fatalf("waiting for %s; the screen shows:\n%s", what, f.view())
		}
	}
}

func has(s string) func(string) bool { return func(v string) bool { return strings.Contains(v, s) } }

var verdictLine = regexp.MustCompile(`(?m)^\s*((✓|✗|⏱) .*?)\s*$`)

// verdicts are the verdict lines of a transcript or screen, in order.
func verdicts(s string) []string {
	var out []string
	for _, m := range verdictLine.FindAllStringSubmatch(s, -1) {
		// Not the status of a locked answer, nor an option the feedback
		// marks beside the question it keeps ("✓ 404 Not Found  ← the answer").
		if !strings.Contains(m[1], "Answer locked in") && !strings.Contains(m[1], "← ") {
			out = append(out, m[1])
		}
	}
	return out
}

// TestThreeFacesTellOneStory plays one seeded round with the same answers,
// given after the same time, in the full screen, in plain mode and in a
// one-player classroom: the grades, the points and the words must agree.
func TestThreeFacesTellOneStory(t *testing.T) {
	c, err := round.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	const count, seed = 3, 2026
	limits := round.Limits{PerQuestion: 20 * time.Second}
	spec := round.Timed(count, limits, "").WithSeed(seed)
	ref, err := round.Start(spec, c, time.Now, nil)
	if err != nil {
		t.Fatal(err)
	}
	questions := ref.Session.Questions()
	wrongAt := map[int]bool{1: true} // the second answer is wrong
	keys := make([]string, count)
	for i, q := range questions {
		for j, o := range q.Options {
			if (o.Value == q.Code.Code) != wrongAt[i] {
				keys[i] = fmt.Sprint(j + 1)
				break
			}
		}
	}
	think := 5 * time.Second

	screen := screenVerdicts(t, c, spec, questions, keys, think)
	lines := plainVerdicts(t, c, spec, keys, think)
	room := classroomVerdicts(t, c, round.Classroom(count, limits.PerQuestion).WithSeed(seed), questions, keys, think)

	if len(screen) != count || len(lines) != count || len(room) != count {
		t.Fatalf("verdicts: screen %q\nplain %q\nclassroom %q", screen, lines, room)
	}
	for i := range count {
		if screen[i] != lines[i] || lines[i] != room[i] {
			t.Errorf("answer %d is told three ways:\n  screen:    %s\n  plain:     %s\n  classroom: %s", i+1, screen[i], lines[i], room[i])
		}
	}
	if !strings.HasPrefix(lines[0], "✓ Right! ") || !strings.HasPrefix(lines[1], "✗ Not quite. You chose ") ||
		!strings.Contains(lines[2], "+875 points · streak 1 · 5.0s") {
		t.Errorf("unexpected verdicts: %q", lines)
	}
}

func screenVerdicts(t *testing.T, c round.Content, spec round.Spec, qs []quiz.Question, keys []string, think time.Duration) []string {
	clk := newClock()
	f := newFace(t, tui.New(tui.Options{Start: tui.StartRound, Spec: spec, Clock: clk.Now, Version: "test",
		Load: func() (round.Content, error) { return c, nil }}))
	f.until("the timed intro", has("Press enter to start the clock."))
	f.press("enter")
	var out []string
	for i, q := range qs {
		f.until("question "+fmt.Sprint(i+1), func(v string) bool {
			return strings.Contains(v, fmt.Sprintf("Question %d of", i+1)) && strings.Contains(v, q.Prompt()[:40])
		})
		clk.Add(think)
		f.press(keys[i])
		out = append(out, verdicts(f.until("the feedback", has("Why ")))...)
		f.press("enter")
	}
	v := f.until("the results", has("Round complete"))
	if want := fmt.Sprintf("Score %d", score(t, out)); !strings.Contains(v, want) {
		t.Errorf("the screen's results lack %q:\n%s", want, v)
	}
	return out
}

func plainVerdicts(t *testing.T, c round.Content, spec round.Spec, keys []string, think time.Duration) []string {
	clk := newClock()
	p, err := round.Start(spec, c, clk.Now, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	in := &typist{clock: clk, think: think, lines: keys}
	if _, err := plain.Run(context.Background(), plain.Options{Play: p, In: in, Out: &out, Echo: true}); err != nil {
		t.Fatal(err)
	}
	got := verdicts(out.String())
	if want := fmt.Sprintf("Score %d", score(t, got)); !strings.Contains(out.String(), want) {
		t.Errorf("plain results lack %q:\n%s", want, out.String())
	}
	return got
}

// typist answers plain mode one line at a time, each after thinking.
type typist struct {
	clock *clock
	think time.Duration
	lines []string
}

func (ty *typist) Read(b []byte) (int, error) {
	if len(ty.lines) == 0 {
		return 0, fmt.Errorf("no more answers")
	}
	ty.clock.Add(ty.think)
	line := ty.lines[0] + "\n"
	ty.lines = ty.lines[1:]
	return copy(b, line), nil
}

func classroomVerdicts(t *testing.T, c round.Content, spec round.Spec, qs []quiz.Question, keys []string, think time.Duration) []string {
	clk := newClock()
	room, err := workshop.NewRoom(c, spec, 10)
	if err != nil {
		t.Fatal(err)
	}
	hub := workshop.NewHub(room, clk.Now, nil)
	defer hub.Close()
	f := newFace(t, workshop.NewParticipant(hub, "", ""))
	f.until("the name prompt", has("Your name"))
	for _, k := range []string{"A", "d", "a", "enter"} {
		f.press(k)
	}
	f.until("the lobby", has("Waiting for the host"))
	var out []string
	for i, q := range qs {
		var err error
		if i == 0 {
			err = hub.Start()
		} else {
			err = hub.Next()
		}
		if err != nil {
			t.Fatal(err)
		}
		f.until("question "+fmt.Sprint(i+1), func(v string) bool {
			return strings.Contains(v, "Press 1-4 to answer") && strings.Contains(v, q.Prompt()[:40])
		})
		clk.Add(think)
		f.press(keys[i])
		out = append(out, verdicts(f.until("the reveal", has("Leaderboard")))...)
	}
	if got, want := hub.Standings()[0].Player.Score, score(t, out); got != want {
		t.Errorf("the classroom's score is %d, its verdicts add up to %d", got, want)
	}
	return out
}

var points = regexp.MustCompile(`\+(\d+) points`)

// score adds up the points the verdicts gave.
func score(t *testing.T, verdicts []string) int {
	total := 0
	for _, v := range verdicts {
		if m := points.FindStringSubmatch(v); m != nil {
			var n int
			fmt.Sscan(m[1], &n)
			total += n
		}
	}
	return total
}
