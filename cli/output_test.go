package cli

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestLostOutputFails: output that cannot be written fails the command
// with one line on stderr, whatever the command.
func TestLostOutputFails(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	for _, args := range [][]string{{"codes"}, {"codes", "--json"}, {"explain", "403"}, {"stats"}, {"results"}, {"export"}, {"--version"}} {
		var errOut bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: failingWriter{}, stderr: &errOut}
		code := run(context.Background(), append([]string{"--db", db}, args...), e)
		if code != exitError || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), "no space left") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut.String())
		}
	}
}

// TestClosedStdout runs the program with its standard output closed, as
// "httpquiz codes >&-" does, and with it sent to /dev/null on purpose.
func TestClosedStdout(t *testing.T) {
	bin := buildBinary(t)
	for cmd, want := range map[string]int{`"$0" codes >&-`: 1, `"$0" explain 403 >&-`: 1, `"$0" codes >/dev/null`: 0} {
		out, err := exec.Command("sh", "-c", cmd, bin).CombinedOutput()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		}
		if code != want || (want == 1 && !strings.Contains(string(out), "standard output is closed")) {
			t.Errorf("%s: exit %d, %q", cmd, code, out)
		}
	}
}
