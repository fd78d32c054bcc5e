package cli

import (
	"bufio"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/store"
)

// plainSession runs the built binary with its stdin and stdout as pipes, the
// way a script or a screen reader's line-by-line reading would see it.
type plainSession struct {
	t     *testing.T
	cmd   *exec.Cmd
	in    io.WriteCloser
	out   *bufio.Reader
	lines []string
}

func startPlain(t *testing.T, bin, db string, args ...string) *plainSession {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	return &plainSession{t: t, cmd: cmd, in: in, out: bufio.NewReader(out)}
}

var plainOption = regexp.MustCompile(`^  ([1-4])\) (.*)$`)

// next reads up to the next answer prompt and returns the question's text and
// options, or ok false when the round has ended (the score line arrived).
func (p *plainSession) next() (prompt string, options map[string]string, ok bool) {
	p.t.Helper()
	options = map[string]string{}
	var promptLines []string
	var line strings.Builder
	sawQuestion := false // a prompt repeated after a wrong key is not a new question
	for {
		b, err := p.out.ReadByte()
		if err != nil {
			return "", nil, false
		}
		line.WriteByte(b)
		text := line.String()
		if strings.HasPrefix(text, "Answer 1-") && strings.HasSuffix(text, ": ") {
			p.lines = append(p.lines, text)
			line.Reset()
			if sawQuestion {
				return strings.Join(promptLines, " "), options, true
			}
			continue
		}
		if b != '\n' {
			continue
		}
		text = strings.TrimSuffix(text, "\n")
		p.lines = append(p.lines, text)
		line.Reset()
		switch {
		case strings.HasPrefix(text, "score: "):
			return "", nil, false
		case strings.HasPrefix(text, "Question "):
			promptLines, options, sawQuestion = nil, map[string]string{}, true
		case plainOption.MatchString(text):
			m := plainOption.FindStringSubmatch(text)
			options[m[1]] = m[2]
		case text != "" && len(options) == 0 && !strings.HasPrefix(text, "Why") && !strings.HasPrefix(text, "Right") &&
			!strings.HasPrefix(text, "Wrong") && !strings.HasPrefix(text, "Please") && !strings.HasPrefix(text, "Accepted"):
			promptLines = append(promptLines, text)
		}
	}
}

func (p *plainSession) send(s string) {
	if _, err := io.WriteString(p.in, s+"\n"); err != nil {
		p.t.Fatal(err)
	}
}

func (p *plainSession) transcript() string { return strings.Join(p.lines, "\n") }

// TestPlainModeThroughAPipe plays a seeded practice round through pipes,
// answering right and wrong on purpose by reading each question, and checks
// the score line.
func TestPlainModeThroughAPipe(t *testing.T) {
	bin := buildBinary(t)
	b, _ := content.LoadBuiltin()
	db := filepath.Join(t.TempDir(), "p.db")
	p := startPlain(t, bin, db, "practice", "--count", "5", "--seed", "7")
	right, answered := 0, 0
	for n := 0; ; n++ {
		prompt, options, ok := p.next()
		if !ok {
			break
		}
		keys := []string{}
		for k, label := range options {
			if isRight(b, prompt, label) {
				keys = append(keys, k)
			}
		}
		if len(keys) == 0 {
			t.Fatalf("cannot answer %q %v\n%s", prompt, options, p.transcript())
		}
		pick := keys[0]
		if n%2 == 1 {
			p.send("x") // a wrong key first: asked again
			for _, k := range []string{"1", "2", "3", "4"} {
				if !contains(keys, k) {
					pick = k
					break
				}
			}
		} else {
			right++
		}
		answered++
		p.send(pick)
	}
	want := "score: " + strconv.Itoa(right) + "/" + strconv.Itoa(answered)
	if last := p.lines[len(p.lines)-1]; last != want {
		t.Fatalf("score line %q, want %q\n%s", last, want, p.transcript())
	}
	if !strings.Contains(p.transcript(), "Please answer with a number from 1 to 4") {
		t.Error("a wrong key should be answered with a hint")
	}
	if strings.Contains(p.transcript(), "\x1b") {
		t.Error("plain mode must not write escape sequences")
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, _, _ := s.Counts(context.Background()); n != answered {
		t.Errorf("%d answers saved, want %d", n, answered)
	}
}

// TestPlainEndOfInput: ctrl+d (end of input) ends the round with the results
// so far, saved.
func TestPlainEndOfInput(t *testing.T) {
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "p.db")
	cmd := exec.Command(bin, "--db", db, "practice", "--count", "10", "--seed", "3")
	cmd.Stdin = strings.NewReader("1\n2\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if last := lines[len(lines)-1]; !regexp.MustCompile(`^score: [0-2]/2$`).MatchString(last) {
		t.Fatalf("last line %q", last)
	}
	s, _ := store.Open(db)
	defer s.Close()
	if n, rounds, _ := s.Counts(context.Background()); n != 2 || rounds != 1 {
		t.Fatalf("%d answers in %d rounds saved, want 2 in 1", n, rounds)
	}
}

func TestPlainModes(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	run := func(input string, env []string, args ...string) string {
		cmd := exec.Command(bin, append([]string{"--db", filepath.Join(dir, "p.db")}, args...)...)
		cmd.Env = append(os.Environ(), env...)
		cmd.Stdin = strings.NewReader(input)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	// Typed: the code itself is the answer.
	if out := run("404\n500\n", nil, "practice", "--typed", "--count", "2", "--seed", "1"); !strings.Contains(out, "Type the status code: 404") {
		t.Errorf("typed plain mode:\n%s", out)
	}
	// A drill opens with its lesson.
	if out := run("1\n", nil, "drill", "auth", "--count", "1", "--seed", "1"); !strings.Contains(out, "understood, and no") {
		t.Errorf("drill plain mode:\n%s", out)
	}
	// Timed shows the time after each answer.
	if out := run("1\n", nil, "timed", "--per-question", "30", "--count", "1", "--seed", "1"); !regexp.MustCompile(`(?m)^(✓|✗) .*\d+\.\ds$`).MatchString(out) {
		t.Errorf("timed plain mode:\n%s", out)
	}
	// Review reads what the rounds above saved.
	if out := run("1\n1\n1\n", nil, "review", "--count", "3"); !strings.Contains(out, "score: ") || !strings.Contains(out, "Question 1 of") {
		t.Errorf("review plain mode:\n%s", out)
	}
	// TERM=dumb plays in plain mode even on a terminal; here in a pipe it also says why.
	if out := run("q\n", []string{"TERM=dumb"}, "practice", "--count", "1"); !strings.Contains(out, "plain mode") {
		t.Errorf("notice:\n%s", out)
	}
}

func TestDeckNewAndExample(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.yaml")
	if r := httpquiz(t, "", "deck", "new", path); r.code != 0 {
		t.Fatalf("deck new: %d %s", r.code, r.stderr)
	}
	if r := httpquiz(t, "", "deck", "new", path); r.code != 1 || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("deck new over a file: %d %q", r.code, r.stderr)
	}
	if r := httpquiz(t, "", "deck", "check", path, "../examples/deck.yaml"); r.code != 1 || !strings.Contains(r.stdout, "duplicate id") {
		t.Errorf("the template and the example are the same deck: checking both must find duplicate ids:\n%s", r.stdout)
	}
	example, _ := os.ReadFile("../examples/deck.yaml")
	if string(example) != content.Template {
		t.Error("examples/deck.yaml should be what 'httpquiz deck new' writes")
	}
	if r := httpquiz(t, "", "deck", "check", "../examples/deck.yaml"); r.code != 0 || !strings.Contains(r.stdout, "0 errors, 0 warnings") {
		t.Errorf("the example deck is not clean:\n%s", r.stdout)
	}
}
