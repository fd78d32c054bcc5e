package tui

import (
	"fmt"
	"image/color"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/theme"
)

func practiceRound(kinds ...quiz.Kind) round.Spec {
	if kinds == nil {
		kinds = []quiz.Kind{quiz.PickCode}
	}
	return round.Spec{Title: "Practice", Config: quiz.Config{Count: 3, Seed: 7, Kinds: kinds}}
}

// rightOption returns the key (1-4) of the right option of the current question.
func rightOption(t *testing.T, hs *harness) string {
	t.Helper()
	q := screenIs[*question](t, hs)
	cur := q.play.Session.Current()
	for i, o := range cur.Options {
		if answer, accepted := cur.Fits(o.Value); answer || accepted {
			return itoa(i + 1)
		}
	}
	t.Fatalf("no right option for %s", cur.ID())
	return ""
}

func wrongOption(t *testing.T, hs *harness) string {
	right := rightOption(t, hs)
	if right == "1" {
		return "2"
	}
	return "1"
}

func TestMenuNavigation(t *testing.T) {
	hs := newHarness(t, Options{}, 80, 24)
	screenIs[*menu](t, hs)
	hs.choose("Drills")
	screenIs[*picker](t, hs)
	hs.press("esc")
	screenIs[*menu](t, hs)
	hs.choose("Browse codes")
	screenIs[*browser](t, hs)
	hs.press("q")
	screenIs[*menu](t, hs)
	hs.press("up", "enter") // wraps round to Quit
	if !hs.quit {
		t.Fatal("Quit did not quit")
	}
}

func TestMenuQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "esc", "ctrl+c"} {
		hs := newHarness(t, Options{}, 80, 24)
		hs.press(k)
		if !hs.quit {
			t.Errorf("%s did not quit from the menu", k)
		}
	}
}

func TestCtrlCQuitsEverywhere(t *testing.T) {
	for _, keys := range [][]string{
		{"enter"},      // question
		{"enter", "1"}, // feedback
		{"3"},          // drills
		{"3", "enter"}, // lesson
		{"6", "4"},     // browser, typing a filter
	} {
		hs := newHarness(t, Options{}, 80, 24)
		hs.press(keys...)
		hs.press("ctrl+c")
		if !hs.quit {
			t.Errorf("ctrl+c after %v did not quit (screen %T)", keys, hs.model.screen)
		}
		if hs.model.View().Content != "" {
			t.Errorf("the last frame after quitting should be empty")
		}
	}
}

func TestPracticeRound(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: practiceRound()}, 80, 24)
	q := screenIs[*question](t, hs)
	s := q.play.Session
	hs.press(rightOption(t, hs))
	f := screenIs[*feedback](t, hs)
	if f.result.Verdict != quiz.Right || !strings.Contains(hs.view(), "✓ Right!") {
		t.Fatalf("right answer not shown as right:\n%s", hs.view())
	}
	hs.press("enter")
	screenIs[*question](t, hs)
	hs.press(wrongOption(t, hs))
	if !strings.Contains(hs.view(), "✗ Not quite.") || !strings.Contains(hs.view(), "Why not") {
		t.Fatalf("wrong answer feedback:\n%s", hs.view())
	}
	hs.press("space") // space continues too
	for !s.Done() {
		screenIs[*question](t, hs)
		hs.press(rightOption(t, hs), "enter")
	}
	r := screenIs[*results](t, hs)
	if r.summary.Answered != 4 || r.summary.Right != 3 || !strings.Contains(hs.view(), "Right 3/4 (75%)") {
		t.Fatalf("results:\n%s", hs.view())
	}
	hs.press("r")
	q = screenIs[*question](t, hs)
	if q.play.Session.Len() != 1 || !strings.HasPrefix(q.play.Spec.Title, "Retry: ") {
		t.Fatalf("retry round of %d, %q", q.play.Session.Len(), q.play.Spec.Title)
	}
	hs.press(rightOption(t, hs), "enter", "enter")
	screenIs[*menu](t, hs)
}

func TestArrowsAndEnterAnswer(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: practiceRound()}, 80, 24)
	right := rightOption(t, hs)
	for i := 1; i < int(right[0]-'0'); i++ {
		hs.press("down")
	}
	hs.press("enter")
	if f := screenIs[*feedback](t, hs); f.result.Verdict != quiz.Right {
		t.Fatal("choosing the right option with the arrows was graded wrong")
	}
}

func TestWrongKeysAreIgnored(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: practiceRound()}, 80, 24)
	before := hs.view()
	hs.press("5", "x", "0", "backspace", "tab")
	screenIs[*question](t, hs)
	if hs.view() != before {
		t.Error("keys with no meaning changed the question screen")
	}
}

func TestTypedRound(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: practiceRound(quiz.TypeCode)}, 80, 24)
	q := screenIs[*question](t, hs)
	code := itoa(q.play.Session.Current().Code.Code)
	hs.press("enter") // nothing typed: nothing happens
	screenIs[*question](t, hs)
	hs.press("9", "backspace", "x")
	if q.typed != "" {
		t.Fatalf("typed %q", q.typed)
	}
	hs.press(string(code[0]), string(code[1]), string(code[2]), "7") // a fourth digit is ignored
	if !strings.Contains(hs.view(), strings.Join(strings.Split(code, ""), " ")) {
		t.Fatalf("typed code not shown:\n%s", hs.view())
	}
	hs.press("enter")
	if f := screenIs[*feedback](t, hs); f.result.Verdict != quiz.Right {
		t.Fatalf("typing %s was graded %v", code, f.result.Verdict)
	}
	hs.press("enter", "9", "9", "9", "enter")
	q = screenIs[*question](t, hs) // refused where it was typed
	if !strings.Contains(hs.view(), "999 is not a registered status code: try again.") || q.typed != "" ||
		len(q.play.Session.Results()) != 1 {
		t.Fatalf("an unregistered typed code should be refused and cost nothing:\n%s", hs.view())
	}
	hs.press("4")
	if strings.Contains(hs.view(), "not a registered") {
		t.Fatal("typing again should clear the refusal")
	}
}

func TestDrillFlow(t *testing.T) {
	d, _ := content.FindDrill("auth")
	hs := newHarness(t, Options{Start: StartRound, Spec: round.Drill(d, 2).WithSeed(3)}, 80, 40)
	screenIs[*lesson](t, hs)
	if !strings.Contains(strings.Join(strings.Fields(hs.view()), " "), "Remember: 401: who are you?") {
		t.Fatalf("lesson without the mnemonic:\n%s", hs.view())
	}
	hs.press("enter")
	screenIs[*question](t, hs)
	hs.press(rightOption(t, hs))
	if !strings.Contains(hs.view(), " vs ") || !strings.Contains(hs.view(), "Remember:") {
		t.Fatalf("drill feedback should name both sides:\n%s", hs.view())
	}
	hs.press("enter")
	hs.press(wrongOption(t, hs))
	if !strings.Contains(hs.view(), "Why not") {
		t.Fatalf("drill feedback on a miss:\n%s", hs.view())
	}
}

func TestLeavingARound(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: practiceRound()}, 80, 24)
	hs.press("q")
	screenIs[*menu](t, hs) // nothing answered: straight back
	hs = newHarness(t, Options{Start: StartRound, Spec: practiceRound()}, 80, 24)
	hs.press("1", "enter", "esc")
	screenIs[*results](t, hs)
	if !strings.Contains(hs.view(), "Round ended early") {
		t.Fatalf("%s", hs.view())
	}
	hs.press("q")
	screenIs[*menu](t, hs)
}

func TestBrowserFilter(t *testing.T) {
	hs := newHarness(t, Options{Start: StartBrowse}, 80, 24)
	b := screenIs[*browser](t, hs)
	hs.press("f", "o", "r", "b")
	if n := len(b.list.Items()); n != 1 || b.list.SelectedItem().(codeItem).Code.Code != 403 {
		t.Fatalf("forb matches %d codes", n)
	}
	hs.press("backspace", "backspace", "backspace", "backspace", "4", "0")
	registered := 0
	for _, it := range b.list.Items() {
		if it.(codeItem).Registered() {
			registered++
		}
	}
	if registered != 10 || b.list.Items()[0].(codeItem).Code.Code != 400 {
		t.Fatalf("40 matches %d registered codes, want 400-409 first", registered)
	}
	hs.press("enter", "down", "enter")
	if !b.reading || !strings.Contains(hs.view(), "401 Unauthorized") {
		t.Fatalf("reading 401:\n%s", hs.view())
	}
	hs.press("esc")
	if b.reading {
		t.Fatal("esc did not leave the reading view")
	}
	hs.press("esc")
	if b.query != "" || len(b.list.Items()) != len(b.all) || len(b.all) < 64+20 {
		t.Fatalf("esc did not clear the filter: %d of %d codes", len(b.list.Items()), len(b.all))
	}
	hs.press("esc")
	screenIs[*menu](t, hs)
}

func TestHelpToggle(t *testing.T) {
	hs := newHarness(t, Options{}, 80, 24)
	short := hs.view()
	hs.press("?")
	if hs.view() == short || !strings.Contains(hs.view(), "ctrl+c") {
		t.Fatalf("? should show the full help:\n%s", hs.view())
	}
	hs.press("?")
	if hs.view() != short {
		t.Fatal("? again should hide it")
	}
}

func TestLoadingThenRound(t *testing.T) {
	m := New(Options{Start: StartRound, Spec: practiceRound(), Clock: fixedClock()})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = next.(Model)
	if _, ok := m.screen.(*loading); !ok {
		t.Fatalf("before the content arrives: %T", m.screen)
	}
	c, _ := round.Builtin()
	next, _ = m.Update(loadedMsg{content: c})
	if _, ok := next.(Model).screen.(*question); !ok {
		t.Fatalf("after: %T", next.(Model).screen)
	}
}

func TestLoadErrorQuits(t *testing.T) {
	m := New(Options{})
	next, cmd := m.Update(loadedMsg{err: errTest})
	if next.(Model).Err() != errTest || cmd == nil {
		t.Fatal("a load error should end the program and be reported")
	}
}

type testError struct{}

func (testError) Error() string { return "broken" }

var errTest error = testError{}

// TestEverySizeDraws resizes through small and odd sizes on every screen: no
// panic, and never more lines or columns than the window.
func TestEverySizeDraws(t *testing.T) {
	paths := [][]string{{}, {"enter"}, {"enter", "1"}, {"3"}, {"3", "enter"}, {"6"}, {"6", "enter"}}
	for _, keys := range paths {
		hs := newHarness(t, Options{}, 80, 24)
		hs.press(keys...)
		for _, size := range [][2]int{{1, 1}, {0, 0}, {2, 30}, {49, 15}, {50, 16}, {51, 17}, {80, 24}, {200, 60}, {120, 10}} {
			hs.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			v := hs.view()
			lines := strings.Split(v, "\n")
			if len(lines) > max(size[1], 1) {
				t.Errorf("%v at %dx%d: %d lines", keys, size[0], size[1], len(lines))
			}
			for _, l := range lines {
				if w := len([]rune(l)); w > max(size[0], 0) && size[0] > 0 {
					t.Errorf("%v at %dx%d: line of %d: %q", keys, size[0], size[1], w, l)
					break
				}
			}
		}
	}
}

func TestLightBackgroundRestyles(t *testing.T) {
	hs := newHarness(t, Options{}, 80, 24)
	dark := hs.model.View().Content
	hs.send(tea.BackgroundColorMsg{Color: color.White})
	light := hs.model.View().Content
	if dark == light {
		t.Fatal("a light background should change the colors")
	}
	if ansi.Strip(dark) != ansi.Strip(light) {
		t.Fatal("only the colors should change, not the text")
	}
}

func TestHighContrastTheme(t *testing.T) {
	plainHS := newHarness(t, Options{}, 80, 24)
	contrast := newHarness(t, Options{Theme: "high-contrast"}, 80, 24)
	a, b := plainHS.model.View().Content, contrast.model.View().Content
	if a == b || ansi.Strip(a) != ansi.Strip(b) {
		t.Fatal("the high-contrast theme should change the colors and nothing else")
	}
	if !strings.Contains(b, "255;255;0") && !strings.Contains(b, "ffff00") {
		t.Errorf("on a dark background the accent should be pure yellow: %q", b[:min(len(b), 200)])
	}
}

// smallContent is the built-in catalogue with a deck of two 404 scenarios
// from a file, as --deck gives it.
func smallContent() func() (round.Content, error) {
	return func() (round.Content, error) {
		c, err := round.Builtin()
		var two []content.Scenario
		for _, sc := range c.Deck.Scenarios {
			if sc.Answer == 404 && !sc.HasTag("auth") && len(two) < 2 {
				two = append(two, sc)
			}
		}
		c.Deck, c.Sources = content.Deck{Scenarios: two}, []string{"two.yaml"}
		return c, err
	}
}

// TestMissingDrillInTheMenu: a drill the decks have no scenario for says so
// on the menu, naming the tag and the file.
func TestMissingDrillInTheMenu(t *testing.T) {
	hs := newHarness(t, Options{Load: smallContent()}, 80, 24)
	hs.choose("Drills")
	hs.press("enter") // the first: auth
	m := screenIs[*menu](t, hs)
	if !strings.Contains(m.notice, `no scenario in two.yaml is tagged "auth"`) || !strings.Contains(hs.view(), "two.yaml") {
		t.Fatalf("notice %q\n%s", m.notice, hs.view())
	}
}

// TestSmallDeckSaysSo: a deck smaller than the round is played once through,
// and the first question says so.
func TestSmallDeckSaysSo(t *testing.T) {
	hs := newHarness(t, Options{Load: smallContent()}, 80, 24)
	hs.press("enter") // Practice: 10 questions asked for
	q := screenIs[*question](t, hs)
	if q.play.Session.Len() != 2 || !strings.Contains(hs.view(), "This deck has 2 scenarios; playing 2.") {
		t.Fatalf("%d questions\n%s", q.play.Session.Len(), hs.view())
	}
}

// TestCtrlZSuspends: ctrl+z asks the program to suspend, answers nothing,
// and resuming draws the screen whole.
func TestCtrlZSuspends(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: round.Practice(3, "", false)}, 80, 24)
	before := hs.view()
	_, cmd := hs.model.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if cmd == nil {
		t.Fatal("ctrl+z does nothing")
	}
	if _, ok := cmd().(tea.SuspendMsg); !ok {
		t.Fatalf("ctrl+z gave %T, want a suspend", cmd())
	}
	_, cmd = hs.model.Update(tea.ResumeMsg{})
	if cmd == nil || fmt.Sprint(cmd()) != fmt.Sprint(tea.ClearScreen()) {
		t.Fatal("resuming does not redraw the screen")
	}
	if hs.view() != before {
		t.Fatalf("the question changed:\n%s", hs.view())
	}
}

// TestFeedbackOpensEntries: after a wrong pick, c opens the picked code's
// entry and e the answer's; back returns to the same feedback, and the round
// goes on from it.
func TestFeedbackOpensEntries(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: practiceRound()}, 80, 24)
	q := screenIs[*question](t, hs)
	wrong := wrongOption(t, hs)
	picked := q.play.Current().Options[int(wrong[0]-'1')].Value
	hs.press(wrong)
	f := screenIs[*feedback](t, hs)
	if v := hs.view(); !strings.Contains(v, "✗ ") || !strings.Contains(v, "← your pick") || !strings.Contains(v, "← the answer") {
		t.Fatalf("the feedback does not keep the question:\n%s", v)
	}
	hs.press("c")
	if e := screenIs[*entryScreen](t, hs); e.code.Code != picked {
		t.Fatalf("c opened %d, want the pick %d", e.code.Code, picked)
	}
	hs.press("q")
	if screenIs[*feedback](t, hs) != f {
		t.Fatal("back did not return to the same feedback")
	}
	hs.press("e")
	if e := screenIs[*entryScreen](t, hs); e.code.Code != f.result.Answer.Code || !strings.Contains(hs.view(), e.code.Name) {
		t.Fatalf("e opened %d, want the answer %d", e.code.Code, f.result.Answer.Code)
	}
	hs.press("enter")
	screenIs[*feedback](t, hs)
	hs.press("enter")
	screenIs[*question](t, hs)
}

// TestScrollEnds: home/g and end/G jump to either end of a long text.
func TestScrollEnds(t *testing.T) {
	var s scroller
	s.set(strings.Repeat("line\n", 49)+"last", 10)
	keys := DefaultKeyMap()
	for _, tc := range []struct {
		key  tea.KeyPressMsg
		want int
	}{
		{tea.KeyPressMsg{Code: 'G', Text: "G"}, s.maxOffset()},
		{tea.KeyPressMsg{Code: 'g', Text: "g"}, 0},
		{tea.KeyPressMsg{Code: tea.KeyEnd}, s.maxOffset()},
		{tea.KeyPressMsg{Code: tea.KeyHome}, 0},
	} {
		if !s.update(tc.key, keys) || s.offset != tc.want {
			t.Fatalf("%s: offset %d, want %d", tc.key, s.offset, tc.want)
		}
	}
	if !strings.Contains(s.view(theme.NewStyles(theme.ANSIPalette())), "line") || s.maxOffset() == 0 {
		t.Fatal("the text did not scroll")
	}
}

// TestBrowseByClass: typing a class narrows the browser to its codes, and an
// empty result is said once.
func TestBrowseByClass(t *testing.T) {
	hs := newHarness(t, Options{}, 100, 30)
	hs.choose("Browse codes")
	b := screenIs[*browser](t, hs)
	hs.press("5", "x", "x")
	for _, it := range b.list.Items() {
		if c := it.(codeItem).Code.Code; c < 500 || c > 599 {
			t.Fatalf("5xx shows %d", c)
		}
	}
	if n := len(b.list.Items()); n < 10 {
		t.Fatalf("5xx shows %d codes", n)
	}
	hs.press("backspace", "backspace", "backspace", "z", "z", "z")
	if v := hs.view(); strings.Count(strings.ToLower(v), "no code") != 1 {
		t.Fatalf("an empty filter:\n%s", v)
	}
}

// TestFeedbackHeaderStays: scrolled to its end, a long feedback keeps its
// header on the first line.
func TestFeedbackHeaderStays(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: practiceRound()}, MinWidth, MinHeight)
	hs.press(wrongOption(t, hs))
	f := screenIs[*feedback](t, hs)
	hs.press("G")
	if !f.scroll.overflows() || f.scroll.offset == 0 {
		t.Fatal("the feedback did not scroll at the minimum size")
	}
	if first := strings.SplitN(hs.view(), "\n", 2)[0]; !strings.Contains(first, f.play.Spec.Title) {
		t.Fatalf("scrolled, the first line is %q", first)
	}
}

// TestResultsDrillTheMixUps: d on the results drills exactly the codes
// confused in the round, with scenarios answered by them.
func TestResultsDrillTheMixUps(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: practiceRound()}, 80, 24)
	q := screenIs[*question](t, hs)
	wrong := wrongOption(t, hs)
	pair := []int{q.play.Current().Options[int(wrong[0]-'1')].Value, q.play.Current().Code.Code}
	hs.press(wrong, "q")
	screenIs[*results](t, hs)
	if !strings.Contains(hs.view(), "Mixed up:") {
		t.Fatalf("no mix-ups on the results:\n%s", hs.view())
	}
	hs.press("d")
	if v := hs.view(); !strings.Contains(v, "Your mix-ups:") || strings.Contains(v, "Remember:") {
		t.Fatalf("the mix-ups' lesson:\n%s", v)
	}
	hs.press("enter")
	d := screenIs[*question](t, hs).play.Spec.Config.Drill
	if d == nil || !d.ByCode || !slices.Equal(d.Codes, []int{min(pair[0], pair[1]), max(pair[0], pair[1])}) {
		t.Fatalf("the drill %+v, want the pair %v", d, pair)
	}
	if code := screenIs[*question](t, hs).play.Current().Code.Code; !slices.Contains(pair, code) {
		t.Fatalf("the drill asks about %d", code)
	}
}

// TestConfusedCodesAreLinks: in an entry opened from the feedback, and in
// the browser's reader, a confused code's number opens it; back returns.
func TestConfusedCodesAreLinks(t *testing.T) {
	hs := newHarness(t, Options{Start: StartRound, Spec: practiceRound()}, 80, 24)
	hs.press(wrongOption(t, hs))
	f := screenIs[*feedback](t, hs)
	hs.press("e")
	answer := screenIs[*entryScreen](t, hs)
	if len(answer.code.Confusions) == 0 {
		t.Fatalf("the seeded answer %d has no confusions to follow: choose another seed", answer.code.Code)
	}
	hs.press("1")
	if e := screenIs[*entryScreen](t, hs); e.code.Code != answer.code.Confusions[0].Code || e.back != answer {
		t.Fatalf("1 opened %d, want %d", e.code.Code, answer.code.Confusions[0].Code)
	}
	hs.press("q")
	if screenIs[*entryScreen](t, hs) != answer {
		t.Fatal("back did not return to the answer's entry")
	}
	hs.press("q")
	if screenIs[*feedback](t, hs) != f {
		t.Fatal("back did not return to the feedback")
	}

	hs = newHarness(t, Options{}, 100, 30)
	hs.choose("Browse codes")
	hs.press("4", "0", "1", "enter", "enter") // filter to 401, then read it
	b := screenIs[*browser](t, hs)
	if !b.reading || !strings.Contains(hs.view(), "a number opens the code it marks") {
		t.Fatalf("reading 401:\n%s", hs.view())
	}
	first := b.list.SelectedItem().(codeItem).Confusions[0].Code
	hs.press("1")
	if got := b.list.SelectedItem().(codeItem).Code.Code; !b.reading || got != first {
		t.Fatalf("1 in the reader opened %d, want %d", got, first)
	}
}
