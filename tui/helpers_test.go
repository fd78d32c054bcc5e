package tui

import (
	"strconv"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/round"
)

// keypress builds the message a terminal sends for a key, named as
// KeyPressMsg.String() names it.
func keypress(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// fixedClock ticks two seconds per reading, so answer times are known.
func fixedClock() round.Clock {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	return func() time.Time {
		now = now.Add(2 * time.Second)
		return now
	}
}

// harness drives a root model the way the program would, running the
// commands it returns and feeding their messages back.
type harness struct {
	t     *testing.T
	model Model
	quit  bool
}

func newHarness(t *testing.T, opts Options, w, h int) *harness {
	t.Helper()
	if opts.Load == nil {
		opts.Load = round.Builtin
	}
	if opts.Clock == nil {
		opts.Clock = fixedClock()
	}
	opts.Seed = func() uint64 { return 42 }
	hs := &harness{t: t, model: New(opts)}
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	c, err := opts.Load()
	if err != nil {
		t.Fatal(err)
	}
	hs.send(loadedMsg{content: c})
	return hs
}

// send delivers a message and everything it leads to.
func (hs *harness) send(msg tea.Msg) {
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 100 {
			hs.t.Fatal("messages keep coming")
		}
		msg, queue = queue[0], queue[1:]
		if _, ok := msg.(tea.QuitMsg); ok {
			hs.quit = true
			continue
		}
		next, cmd := hs.model.Update(msg)
		hs.model = next.(Model)
		queue = append(queue, run(cmd)...)
	}
}

// run executes a command and returns the messages it produces.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// press sends key presses by name.
func (hs *harness) press(keys ...string) {
	for _, k := range keys {
		hs.send(keypress(k))
	}
}

// view is the screen as a person reads it: no colors or styles.
func (hs *harness) view() string { return ansi.Strip(hs.model.View().Content) }

// screenIs asserts the active screen's type.
func screenIs[S screen](t *testing.T, hs *harness) S {
	t.Helper()
	s, ok := hs.model.screen.(S)
	if !ok {
		t.Fatalf("screen is %T\n%s", hs.model.screen, hs.view())
	}
	return s
}

// choose picks the menu item with this title, as a learner would: by its
// number, or with the arrow keys past the ninth.
func (hs *harness) choose(title string) {
	hs.t.Helper()
	m := screenIs[*menu](hs.t, hs)
	for i, it := range m.list.items {
		if it.title != title {
			continue
		}
		if i < 9 {
			hs.press(strconv.Itoa(i + 1))
			return
		}
		for m.list.cursor != i {
			hs.press("down")
		}
		hs.press("enter")
		return
	}
	hs.t.Fatalf("no menu item %q", title)
}
