package cli

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/store"
)

// The end-to-end tests play httpquiz in a real terminal emulator, tmux, as a
// person would: read the screen, press keys. They need tmux; CI installs it
// and sets HTTPQUIZ_REQUIRE_TMUX=1 so that a missing tmux fails instead of
// skipping.

func needTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("HTTPQUIZ_REQUIRE_TMUX") != "" {
			t.Fatal("tmux is required for the end-to-end tests and is not installed")
		}
		t.Skip("tmux is not installed; skipping the end-to-end tests")
	}
}

// needSSH is needTmux for the tests that also need the OpenSSH client.
func needSSH(t *testing.T) {
	t.Helper()
	needTmux(t)
	if _, err := exec.LookPath("ssh"); err != nil {
		if os.Getenv("HTTPQUIZ_REQUIRE_TMUX") != "" {
			t.Fatal("the OpenSSH client is required for the classroom tests and is not installed")
		}
		t.Skip("no ssh client; skipping the classroom tests")
	}
}

// freePort finds a loopback port nobody listens on.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}

// sshTerminal joins a classroom on port with the OpenSSH client.
func sshTerminal(t *testing.T, port string) *terminal {
	return startTerminal(t, 80, 24, "ssh", "-tt", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "LogLevel=ERROR", "-p", port, "127.0.0.1")
}

// programPID is the pid of the program the terminal runs (the child of its shell).
func (term *terminal) programPID() int {
	term.t.Helper()
	shell := strings.TrimSpace(term.tmux("display-message", "-p", "-t", "e2e", "#{pane_pid}"))
	out, err := exec.Command("pgrep", "-P", shell).Output()
	if err != nil {
		term.t.Fatalf("finding the program under pid %s: %v", shell, err)
	}
	pid, _ := strconv.Atoi(strings.Fields(string(out))[0])
	return pid
}

// buildBinary compiles httpquiz once per test run.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "httpquiz")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/httpquiz/httpquiz").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// terminal is one tmux session on a private server.
type terminal struct {
	t      *testing.T
	socket string
	db     string // the progress database the program in it uses
}

// startTerminal runs a command in a new terminal of the given size. When the
// command ends the terminal stays, showing "exit status N".
func startTerminal(t *testing.T, width, height int, command ...string) *terminal {
	t.Helper()
	term := &terminal{t: t, socket: fmt.Sprintf("httpquiz-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	// Each terminal keeps its progress in its own database, never the user's.
	db := filepath.Join(t.TempDir(), "progress.db")
	command = append([]string{"env", "HTTPQUIZ_DB=" + db}, command...)
	for i, c := range command {
		command[i] = "'" + strings.ReplaceAll(c, "'", `'\''`) + "'"
	}
	script := strings.Join(command, " ") + `; echo "exit status $?"; sleep 600`
	term.db = db
	term.tmux("new-session", "-d", "-s", "e2e", "-x", itoa(width), "-y", itoa(height), "sh", "-c", script)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", term.socket, "kill-server").Run() })
	return term
}

func itoa(n int) string { return strconv.Itoa(n) }

func (term *terminal) tmux(args ...string) string {
	term.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", term.socket}, args...)...).CombinedOutput()
	if err != nil {
		term.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (term *terminal) screen() string { return term.tmux("capture-pane", "-p", "-t", "e2e") }

func (term *terminal) keys(keys ...string) {
	term.tmux(append([]string{"send-keys", "-t", "e2e"}, keys...)...)
}

// waitFor polls the screen until ok accepts it, failing after a deadline.
func (term *terminal) waitFor(what string, ok func(string) bool) string {
	term.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		s := term.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("timed out waiting for %s; the screen shows:\n%s", what, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

var (
	progressLine = regexp.MustCompile(`Question (\d+) of (\d+)`)
	optionLine   = regexp.MustCompile(`^ (?:▸ |  )([1-4])  (.+)$`)
	pointsLine   = regexp.MustCompile(`\+(\d+) points`)
	scoreLine    = regexp.MustCompile(`Score (\d+)\s+Right (\d+)/(\d+)`)
	meaningQ     = regexp.MustCompile(`^What does (\d{3}) mean\?$`)
	nameQ        = regexp.MustCompile(`^Which code is "(.+)"\?$`)
)

// question is what the screen shows of a multiple-choice question.
type question struct {
	prompt  string
	options map[string]string // key -> label
}

func readQuestion(s string) (question, bool) {
	lines := strings.Split(s, "\n")
	q := question{options: map[string]string{}}
	var prompt []string
	state, last := "head", ""
	for _, l := range lines {
		switch {
		case progressLine.MatchString(l) && strings.Contains(l, "░"):
			state = "prompt"
		case state == "prompt" && optionLine.MatchString(l):
			state = "options"
			fallthrough
		case state == "options" && optionLine.MatchString(l):
			m := optionLine.FindStringSubmatch(l)
			last = m[1]
			q.options[last] = strings.TrimSpace(m[2])
		case state == "options" && strings.HasPrefix(l, "      ") && last != "":
			q.options[last] += " " + strings.TrimSpace(l)
		case state == "options":
			state = "done"
		case state == "prompt" && strings.TrimSpace(l) != "" && !strings.Contains(l, "↻ Again"):
			prompt = append(prompt, strings.TrimSpace(l))
		}
	}
	q.prompt = strings.Join(prompt, " ")
	return q, len(q.options) == 4 && q.prompt != ""
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// rightKeys returns the keys of the options a learner who knows HTTP would
// call right, by reading the question against the catalogue and the bank.
func rightKeys(t *testing.T, b content.Builtin, q question) []string {
	t.Helper()
	var keys []string
	for k, label := range q.options {
		if isRight(b, q.prompt, label) {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		t.Fatalf("no option is right for %q: %v", q.prompt, q.options)
	}
	return keys
}

func isRight(b content.Builtin, prompt, label string) bool {
	if m := meaningQ.FindStringSubmatch(prompt); m != nil {
		e, _ := b.Catalogue.Find(m[1])
		return squash(label) == squash(e.Summary)
	}
	if m := nameQ.FindStringSubmatch(prompt); m != nil {
		e, ok := b.Catalogue.Find(label)
		return ok && e.Name == m[1]
	}
	for _, f := range content.HeaderFacts {
		switch squash(prompt) {
		case squash(f.ToHeader):
			return label == f.Header
		case squash(f.ToCode):
			return strings.HasPrefix(label, strconv.Itoa(f.Code)+" ")
		}
	}
	if scenario, ok := strings.CutSuffix(prompt, " Answer with its class."); ok {
		for _, s := range b.Deck.Scenarios {
			if squash(s.Prompt) == squash(scenario) {
				return strings.HasPrefix(label, strconv.Itoa(s.Answer/100)+"xx ")
			}
		}
		return false
	}
	code, _ := strconv.Atoi(strings.Fields(label)[0])
	for _, s := range b.Deck.Scenarios {
		if squash(s.Prompt) == squash(prompt) {
			return s.Accepts(code)
		}
	}
	return false
}

// playScreenRound answers every question, wrong when wrongAt says so, and returns
// the points the feedback screens announced and the number of right answers.
func playScreenRound(t *testing.T, term *terminal, b content.Builtin, wrongAt map[int]bool) (points, right, answered int) {
	t.Helper()
	for n := 0; ; n++ {
		s := term.waitFor("a question or the results", func(s string) bool {
			_, isQ := readQuestion(s)
			return isQ || strings.Contains(s, "Round complete")
		})
		if strings.Contains(s, "Round complete") {
			return points, right, answered
		}
		q, _ := readQuestion(s)
		good := rightKeys(t, b, q)
		pick := good[0]
		if wrongAt[n] {
			for _, k := range []string{"1", "2", "3", "4"} {
				if !contains(good, k) {
					pick = k
					break
				}
			}
		}
		term.keys(pick)
		fb := term.waitFor("feedback", func(s string) bool {
			return strings.Contains(s, "✓ ") || strings.Contains(s, "✗ Not quite.")
		})
		answered++
		gotRight := !strings.Contains(fb, "✗ Not quite.") // the answer is marked ✓ either way
		if gotRight == wrongAt[n] {
			t.Fatalf("answer %d: picked %s meaning it to be right=%v, the screen says:\n%s", n, pick, !wrongAt[n], fb)
		}
		if gotRight {
			right++
			m := pointsLine.FindStringSubmatch(fb)
			if m == nil {
				t.Fatalf("no points shown:\n%s", fb)
			}
			p, _ := strconv.Atoi(m[1])
			points += p
		}
		term.keys("Enter")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func checkResults(t *testing.T, term *terminal, points, right, answered int) {
	t.Helper()
	s := term.waitFor("the results", func(s string) bool { return scoreLine.MatchString(s) })
	m := scoreLine.FindStringSubmatch(s)
	want := []string{itoa(points), itoa(right), itoa(answered)}
	if m[1] != want[0] || m[2] != want[1] || m[3] != want[2] {
		t.Fatalf("results show score %s, right %s/%s; the round earned %v\n%s", m[1], m[2], m[3], want, s)
	}
	if right < answered && !strings.Contains(s, "Missed (") {
		t.Fatalf("misses not listed:\n%s", s)
	}
}

func TestEndToEndPractice(t *testing.T) {
	needTmux(t)
	bin := buildBinary(t)
	b, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	term := startTerminal(t, 80, 24, bin, "practice", "--count", "5", "--seed", "7")
	points, right, answered := playScreenRound(t, term, b, map[int]bool{1: true, 3: true})
	if answered < 7 {
		t.Errorf("two misses should bring two retries: %d answers", answered)
	}
	checkResults(t, term, points, right, answered)
	term.keys("Enter")
	term.waitFor("the menu", func(s string) bool { return strings.Contains(s, "Typed practice") })
	term.keys("C-c")
	term.waitFor("a clean exit", func(s string) bool { return strings.Contains(s, "exit status 0") })
}

func TestEndToEndDrill(t *testing.T) {
	needTmux(t)
	bin := buildBinary(t)
	b, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	term := startTerminal(t, 80, 24, bin, "drill", "auth", "--count", "5", "--seed", "3")
	term.waitFor("the lesson", func(s string) bool { return strings.Contains(s, "understood, and no") })
	term.keys("Enter")
	points, right, answered := playScreenRound(t, term, b, map[int]bool{0: true})
	checkResults(t, term, points, right, answered)
}

// TestEndToEndResizeAndWrongKeys resizes mid-question and presses keys that
// mean nothing: the screen reflows and the round goes on.
func TestEndToEndResizeAndWrongKeys(t *testing.T) {
	needTmux(t)
	bin := buildBinary(t)
	term := startTerminal(t, 80, 24, bin, "practice", "--count", "3", "--seed", "1")
	term.waitFor("a question", func(s string) bool { _, ok := readQuestion(s); return ok })
	term.keys("x", "9", "Tab", "F5")
	term.tmux("resize-window", "-t", "e2e", "-x", "30", "-y", "8")
	term.waitFor("the size notice", func(s string) bool { return strings.Contains(s, "Make the window larger") })
	term.tmux("resize-window", "-t", "e2e", "-x", "60", "-y", "20")
	term.waitFor("the question again", func(s string) bool { _, ok := readQuestion(s); return ok })
	term.keys("q")
	term.waitFor("the menu", func(s string) bool { return strings.Contains(s, "Browse codes") })
	term.keys("q")
	term.waitFor("a clean exit", func(s string) bool { return strings.Contains(s, "exit status 0") })
}

// TestEndToEndNoColor: with NO_COLOR set to any value the screen carries no
// color at all, and the marker and words still tell everything.
func TestEndToEndNoColor(t *testing.T) {
	needTmux(t)
	bin := buildBinary(t)
	for _, value := range []string{"1", "yes"} {
		term := startTerminal(t, 80, 24, "env", "NO_COLOR="+value, bin, "practice", "--count", "2", "--seed", "4")
		term.waitFor("a question", func(s string) bool { _, ok := readQuestion(s); return ok })
		styled := term.tmux("capture-pane", "-p", "-e", "-t", "e2e")
		if strings.Contains(styled, "[38;") || strings.Contains(styled, "[48;") {
			t.Errorf("NO_COLOR=%s: color codes on screen:\n%q", value, styled)
		}
		if !strings.Contains(styled, "▸") {
			t.Errorf("NO_COLOR=%s: the highlighted option must keep its marker", value)
		}
		term.keys("C-c")
		term.waitFor("a clean exit", func(s string) bool { return strings.Contains(s, "exit status 0") })
	}
}

// TestEndToEndKill9KeepsAnswers answers questions, waits for each to be saved,
// then kills httpquiz with SIGKILL: every answer given must be in the database.
func TestEndToEndKill9KeepsAnswers(t *testing.T) {
	needTmux(t)
	bin := buildBinary(t)
	term := startTerminal(t, 80, 24, bin, "practice", "--count", "10", "--seed", "5")
	const answers = 4
	for i := range answers {
		term.waitFor("a question", func(s string) bool { _, ok := readQuestion(s); return ok })
		term.keys(itoa(1 + i%4))
		term.waitFor("the answer saved", func(s string) bool { return strings.Contains(s, "· saved") })
		if i < answers-1 {
			term.keys("Enter")
		}
	}
	if err := syscall.Kill(term.programPID(), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	term.waitFor("the kill", func(s string) bool { return strings.Contains(s, "exit status 137") })
	s, err := store.Open(term.db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, rounds, err := s.Counts(context.Background())
	if err != nil || n != answers || rounds != 1 {
		t.Fatalf("after kill -9: %d answers in %d rounds (%v), want %d in 1", n, rounds, err, answers)
	}
}

// TestEndToEndReviewAfterPractice plays a round, then opens review, which must
// know the codes just met.
func TestEndToEndReviewAfterPractice(t *testing.T) {
	needTmux(t)
	bin := buildBinary(t)
	term := startTerminal(t, 80, 24, bin, "practice", "--count", "3", "--seed", "8")
	b, _ := content.LoadBuiltin()
	playScreenRound(t, term, b, map[int]bool{0: true})
	term.keys("q")
	term.waitFor("the menu with the Today card", func(s string) bool { return strings.Contains(s, "Today") })
	term.keys("3") // Review, below the Today card's own first line
	term.waitFor("the review screen", func(s string) bool {
		return strings.Contains(s, "you have met") || strings.Contains(s, "Nothing is due")
	})
	term.keys("q")
	term.keys("q")
	term.waitFor("a clean exit", func(s string) bool { return strings.Contains(s, "exit status 0") })
}

// TestEndToEndRelearnSameDay: a new learner misses two codes in a round;
// the Today card says they come back, and a minute later Review asks them
// the same day; the card shows the day's streak.
func TestEndToEndRelearnSameDay(t *testing.T) {
	needTmux(t)
	bin := buildBinary(t)
	term := startTerminal(t, 80, 24, bin, "practice", "--count", "4", "--seed", "5")
	b, _ := content.LoadBuiltin()
	playScreenRound(t, term, b, map[int]bool{0: true, 1: true})
	term.keys("q")
	s := term.waitFor("the Today card", func(s string) bool { return strings.Contains(s, "A 1-day streak") })
	if !strings.Contains(s, "missed today, back for review in a minute") {
		t.Fatalf("the Today card after two misses:\n%s", s)
	}
	time.Sleep(quiz.RelearnStep + time.Second)
	term.keys("3") // Review
	s = term.waitFor("the review", func(s string) bool { return strings.Contains(s, "due for review") })
	if !strings.Contains(s, "2 codes are due for review") {
		t.Fatalf("a minute after two misses:\n%s", s)
	}
	term.keys("q")
	term.waitFor("the Today card with the codes due", func(s string) bool {
		return strings.Contains(s, "2 codes due for review") && strings.Contains(s, "Review now")
	})
	term.keys("q")
	term.waitFor("a clean exit", func(s string) bool { return strings.Contains(s, "exit status 0") })
}

// TestEndToEndClassroom serves a classroom from the built binary at 100x30,
// as a projector shows it, and plays it with two real OpenSSH clients, all
// in tmux: join, a paused question given more time, the reveal with the
// room's answers, the podium on both screens, and another round.
func TestEndToEndClassroom(t *testing.T) {
	needSSH(t)
	bin := buildBinary(t)
	port := freePort(t)
	host := startTerminal(t, 100, 30, bin, "serve", "--listen", "127.0.0.1:"+port, "--code", "teapot",
		"--count", "2", "--seconds", "30", "--seed", "12")
	host.waitFor("the host screen", func(s string) bool { return strings.Contains(s, "ssh -p "+port) })
	grace, linus := sshTerminal(t, port), sshTerminal(t, port)
	for _, p := range []struct {
		term *terminal
		name string
	}{{grace, "Grace"}, {linus, "Linus"}} {
		p.term.waitFor("the join code prompt", func(s string) bool { return strings.Contains(s, "join code") })
		p.term.keys("TEAPOT", "Enter")
		p.term.waitFor("the name prompt", func(s string) bool { return strings.Contains(s, "Your name") })
		p.term.keys(p.name, "Enter")
	}
	host.waitFor("the players", func(s string) bool {
		return strings.Contains(s, "2 players here") && strings.Contains(s, "Grace") && strings.Contains(s, "Linus") &&
			strings.Contains(s, "T E A P O T")
	})
	host.keys("s")
	s := grace.waitFor("the first question", func(s string) bool { return strings.Contains(s, "Question 1 of 2") })
	right := classroomRightKey(t, s)
	host.waitFor("the options on the wall", func(s string) bool {
		return strings.Contains(s, "▲ 1") && strings.Contains(s, "■ 4") && strings.Contains(s, "Answered 0 of 2")
	})
	host.keys("p")
	grace.waitFor("the pause", func(s string) bool { return strings.Contains(s, "paused the question") })
	host.keys("+")
	host.waitFor("more time", func(s string) bool { return strings.Contains(s, "⏸ Paused") && strings.Contains(s, "+10 seconds") })
	host.keys("p")
	grace.keys(right)
	host.waitFor("one answer in", func(s string) bool { return strings.Contains(s, "Answered 1 of 2") })
	linus.keys(map[string]string{"1": "2", "2": "1", "3": "1", "4": "1"}[right])
	grace.waitFor("the answer", func(s string) bool { return strings.Contains(s, "✓ Right!") })
	host.waitFor("the room's answers", func(s string) bool {
		return strings.Contains(s, "✓ the answer") && strings.Contains(s, "Top five") && strings.Contains(s, "Why ")
	})
	host.keys("n")
	linus.waitFor("the second question", func(s string) bool { return strings.Contains(s, "Question 2 of 2") })
	host.keys("e")
	host.waitFor("the podium on the wall", func(s string) bool { return strings.Contains(s, "🥇 1.  Grace") })
	linus.waitFor("the podium", func(s string) bool { return strings.Contains(s, "Final results") })
	host.keys("r")
	host.waitFor("another round", func(s string) bool { return strings.Contains(s, "round 2") && strings.Contains(s, "2 players here") })
	grace.waitFor("another round", func(s string) bool { return strings.Contains(s, "Another round") })
	host.keys("s")
	grace.waitFor("its first question", func(s string) bool { return strings.Contains(s, "Question 1 of 2") })
	host.keys("e", "q")
	host.waitFor("the results saved", func(s string) bool { return strings.Contains(s, "Results saved as rounds 1 and 2") })
	grace.waitFor("the goodbye with the standings", func(s string) bool {
		return strings.Contains(s, "the host ended the round.\nFinal standings: 🥇 1.") && strings.Contains(s, "Thanks for playing")
	})
	st, err := store.Open(host.db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	standings, err := st.ClassStandings(context.Background(), 1)
	if err != nil || len(standings) != 2 || standings[0].Name != "Grace" || standings[0].Right != 1 || standings[1].Missed != 1 {
		t.Fatalf("stored standings %+v %v", standings, err)
	}
	if second, err := st.ClassStandings(context.Background(), 2); err != nil || len(second) != 2 {
		t.Fatalf("the second round's standings %+v %v", second, err)
	}
}

var classOption = regexp.MustCompile(`^\s+(?:[▲◆●■] )?([1-4])\s+(\d{3}) `)

// classroomRightKey reads the question and its options off the participant's
// screen and returns the key of the right one.
func classroomRightKey(t *testing.T, screen string) string {
	t.Helper()
	b, _ := content.LoadBuiltin()
	var prompt []string
	options := map[string]int{}
	for _, l := range strings.Split(screen, "\n")[1:] {
		if m := classOption.FindStringSubmatch(l); m != nil {
			options[m[1]], _ = strconv.Atoi(m[2])
		} else if strings.TrimSpace(l) != "" && len(options) == 0 {
			prompt = append(prompt, strings.TrimSpace(l))
		}
	}
	for _, sc := range b.Deck.Scenarios {
		if squash(sc.Prompt) == squash(strings.Join(prompt, " ")) {
			for k, code := range options {
				if sc.Accepts(code) {
					return k
				}
			}
		}
	}
	t.Fatalf("cannot answer from this screen:\n%s", screen)
	return ""
}

// TestEndToEndClassroomSIGTERM stops a running classroom with SIGTERM: the
// round ends cleanly and the answers given are saved.
func TestEndToEndClassroomSIGTERM(t *testing.T) {
	needSSH(t)
	bin := buildBinary(t)
	port := freePort(t)
	host := startTerminal(t, 90, 30, bin, "serve", "--listen", "127.0.0.1:"+port, "--count", "3", "--seed", "2")
	host.waitFor("the host screen", func(s string) bool { return strings.Contains(s, "ssh -p "+port) })
	player := sshTerminal(t, port)
	player.waitFor("the name prompt", func(s string) bool { return strings.Contains(s, "Your name") })
	player.keys("Linus", "Enter")
	host.waitFor("the player", func(s string) bool { return strings.Contains(s, "1 player here") && strings.Contains(s, "Linus") })
	host.keys("s")
	player.waitFor("the question", func(s string) bool { return strings.Contains(s, "Question 1 of 3") })
	player.keys("2")
	player.waitFor("the reveal", func(s string) bool { return strings.Contains(s, "Leaderboard") })
	if err := syscall.Kill(host.programPID(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	host.waitFor("a clean exit", func(s string) bool {
		return strings.Contains(s, "Results saved as round 1") && strings.Contains(s, "exit status 0")
	})
	player.waitFor("the player's goodbye", func(s string) bool { return strings.Contains(s, "Thanks for playing") })
	st, err := store.Open(host.db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, err := st.ClassAnswerCount(context.Background(), 1); err != nil || n != 1 {
		t.Fatalf("%d answers saved (%v), want 1", n, err)
	}
}

// TestEndToEndOwnDeck plays a user's deck in the full-screen interface.
func TestEndToEndOwnDeck(t *testing.T) {
	needTmux(t)
	bin := buildBinary(t)
	deck, _ := filepath.Abs("../examples/deck.yaml")
	term := startTerminal(t, 80, 24, bin, "practice", "--deck", deck, "--count", "4", "--seed", "1")
	s := term.waitFor("a question from the deck", func(s string) bool { _, ok := readQuestion(s); return ok })
	if !strings.Contains(s, "/orders") {
		t.Fatalf("the question is not from the deck:\n%s", s)
	}
	term.keys("C-c")
	term.waitFor("a clean exit", func(s string) bool { return strings.Contains(s, "exit status 0") })
}
