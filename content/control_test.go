package content

import (
	"strings"
	"testing"
)

// hostile are strings that would act on a terminal or mislead a reader if
// drawn raw: the window title, the clipboard, a clear screen, a hidden link,
// a device control string, an 8-bit CSI and a right-to-left override.
var hostile = map[string]string{
	"OSC 0":   "\x1b]0;owned\x07",
	"OSC 52":  "\x1b]52;c;cm0gLXJmIH4=\x07",
	"CSI 2J":  "\x1b[2J",
	"OSC 8":   "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\",
	"DCS":     "\x1bP1$r\x1b\\",
	"C1 CSI":  "\u009b2J",
	"RLO":     "\u202eevil",
	"isolate": "\u2066x\u2069",
	"bell":    "\a",
}

func TestRawControlsAreErrors(t *testing.T) {
	for name, h := range hostile {
		deck := "- id: a\n  prompt: \"Which code" + h + "?\"\n  answer: 404\n  explanation: e\n"
		_, problems := load(t, deck)
		if problems.Err() == nil || !strings.HasPrefix(problems[0].String(), "decka.yaml:2:22: U+") {
			t.Errorf("%s: got %v", name, problems)
		}
	}
}

func TestEscapedControlsAreErrors(t *testing.T) {
	for _, tc := range []struct{ escape, want string }{
		{`\e]0;t\a`, "decka.yaml:2:11: prompt: U+001B (escape) written as an escape"},
		{`\x9b2J`, "decka.yaml:2:11: prompt: U+009B (CSI) written as an escape"},
		{`\u202eevil`, "decka.yaml:2:11: prompt: U+202E (right-to-left override) written as an escape"},
		{`\x07`, "decka.yaml:2:11: prompt: U+0007 (bell) written as an escape"},
	} {
		deck := "- id: a\n  prompt: \"x" + tc.escape + "\"\n  answer: 404\n  explanation: e\n"
		_, problems := load(t, deck)
		if len(problems) != 1 || !strings.HasPrefix(problems[0].String(), tc.want) {
			t.Errorf("%s: got %v, want %s", tc.escape, problems, tc.want)
		}
	}
}

func TestControlsInEveryField(t *testing.T) {
	deck := "- id: a\n  topic: \"t\\e\"\n  prompt: p\n  answer: 404\n  also_accept: [410]\n  accept_note: \"n\\e\"\n  explanation: \"e\\e\"\n  tags: [\"x\\e\"]\n"
	_, problems := load(t, deck)
	var controls int
	for _, p := range problems {
		if strings.Contains(p.Message, "U+001B") {
			controls++
		}
	}
	if controls < 3 {
		t.Fatalf("want the escape reported in topic, accept_note and explanation; got %v", problems)
	}
}

func TestTooManyControlsAreSummed(t *testing.T) {
	deck := "- id: a\n  prompt: \"" + strings.Repeat("\x1b", 50) + "\"\n  answer: 404\n  explanation: e\n"
	_, problems := load(t, deck)
	if len(problems) != 11 || problems[10].Message != "more characters like these follow" {
		t.Fatalf("got %d problems: %v", len(problems), problems)
	}
}

func TestSafe(t *testing.T) {
	for name, h := range hostile {
		got := Safe("a" + h + "b\tc\nd")
		if strings.ContainsFunc(got, Unsafe) || !strings.HasPrefix(got, "a") || !strings.HasSuffix(got, "b\tc\nd") {
			t.Errorf("%s: Safe gave %q", name, got)
		}
	}
	if got := Safe("plain words, é, 日本"); got != "plain words, é, 日本" {
		t.Errorf("Safe changed printable text: %q", got)
	}
}

// TestSafeWriter writes hostile text a byte at a time and in one piece: the
// same safe text comes out, characters split between writes intact.
func TestSafeWriter(t *testing.T) {
	text := "a\x1b[2Jé日\u202eb\xff\xc2\x9bc\n"
	want := "a[2Jé日bc\n"
	for _, step := range []int{1, 2, 3, len(text)} {
		var out strings.Builder
		w := SafeWriter(&out)
		for i := 0; i < len(text); i += step {
			n, err := w.Write([]byte(text[i:min(i+step, len(text))]))
			if err != nil || n != min(step, len(text)-i) {
				t.Fatalf("write: %d, %v", n, err)
			}
		}
		if out.String() != want {
			t.Errorf("in steps of %d: %q, want %q", step, out.String(), want)
		}
	}
}

// TestRawAndEscapedBothReported: a raw character in one field does not hide
// an escaped one in another, and a raw one is reported once.
func TestRawAndEscapedBothReported(t *testing.T) {
	deck := "- id: a\n  prompt: \"Which\\e code?\"\n  answer: 404\n  explanation: \"x\u202ey\"\n"
	_, problems := load(t, deck)
	if len(problems) != 2 || !strings.Contains(problems[1].Message, "U+001B (escape) written as an escape") ||
		!strings.Contains(problems[0].Message, "U+202E") || strings.Contains(problems[0].Message, "escape;") {
		t.Fatalf("got %v", problems)
	}
}
