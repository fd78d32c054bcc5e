package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/lab"
)

// pick chooses an item of a menu page by its title.
func (hs *harness) pick(title string) {
	hs.t.Helper()
	p := screenIs[*picker](hs.t, hs)
	for i, it := range p.list.items {
		if it.title == title {
			for p.list.cursor != i {
				hs.press("down")
			}
			hs.press("enter")
			return
		}
	}
	hs.t.Fatalf("no item %q on %s", title, p.title)
}

// TestMenuOpensTheQuests: the menu's Lab page opens the quests on a lab
// started once; a request answered while another screen shows still ticks
// its quest, and q goes back rather than quitting.
func TestMenuOpensTheQuests(t *testing.T) {
	entries := make(chan lab.Entry)
	close(entries) // the test delivers its requests itself
	earlier := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	view := &LabView{URL: "http://127.0.0.1:4711", Entries: entries,
		Met: func() (map[int]time.Time, error) { return map[int]time.Time{200: earlier}, nil }}
	opened := 0
	quests := func() (*LabView, error) { opened++; return view, nil }
	hs := newHarness(t, Options{Quests: quests}, 80, 24)
	hs.choose("Lab")
	hs.pick("Quests")
	screenIs[*labScreen](t, hs)
	if v := hs.view(); !strings.Contains(v, "Core codes 1 of 17") || !strings.Contains(v, "http://127.0.0.1:4711") {
		t.Fatalf("the quests show the lab and the quest met before:\n%s", v)
	}
	hs.press("q")
	screenIs[*picker](t, hs)
	if hs.quit {
		t.Fatal("q on the menu's quests quit the program")
	}
	hs.send(labEntryMsg{Time: earlier.Add(time.Hour), Method: "GET", Path: "/me", Status: 401})
	hs.pick("Quests")
	if v := hs.view(); !strings.Contains(v, "Core codes 2 of 17") || !strings.Contains(v, "GET /me") {
		t.Fatalf("a request answered off screen is in the log and meets its quest:\n%s", v)
	}
	if opened != 1 {
		t.Errorf("the lab was started %d times, want once", opened)
	}
	hs.press("q", "esc")
	screenIs[*menu](t, hs)
}

// TestMenuQuestsWithoutALab: where no lab can be started, the menu says how
// to run one.
func TestMenuQuestsWithoutALab(t *testing.T) {
	hs := newHarness(t, Options{}, 80, 24)
	hs.choose("Lab")
	hs.pick("Quests")
	if m := screenIs[*menu](t, hs); !strings.Contains(m.notice, "httpquiz lab") {
		t.Errorf("notice %q does not say to run httpquiz lab", m.notice)
	}
}

// TestMenuPredicts: the Lab page's Predict plays the lab's questions, sent
// to a live lab.
func TestMenuPredicts(t *testing.T) {
	predict, asked := liveLab(t)
	hs := newHarness(t, Options{Load: withLab, Predict: predict}, 80, 24)
	hs.choose("Lab")
	hs.pick("Predict")
	q := screenIs[*question](t, hs)
	if sc := q.play.Current().Scenario; sc == nil || sc.Request == nil || !strings.Contains(hs.view(), "Lab: predict") {
		t.Fatalf("Predict asks a lab question:\n%s", hs.view())
	}
	if *asked != 1 {
		t.Errorf("the lab was asked for %d times, want once", *asked)
	}
}
