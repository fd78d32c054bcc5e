package cli

import (
	"errors"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// env is what a command may touch of the outside world, so tests can run
// commands against buffers.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// stdoutTTY is true when stdout is a terminal: output is styled and fitted
	// to the window; otherwise it is plain text for pipes and files.
	stdoutTTY bool
	// stdinTTY is true when stdin is a terminal, as the interactive commands need.
	stdinTTY bool
	// width of the terminal, or 0 when stdout is not one.
	width int
	// profile is how much color output may carry.
	profile colorprofile.Profile
	// db is the --db flag: the progress database to use, if given.
	db string
	// theme is the --theme flag.
	theme string
}

func newEnv() *env {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	if closedAtStart(os.Stdout) {
		e.stdout = closedOutput{}
	}
	e.stdinTTY = term.IsTerminal(os.Stdin.Fd())
	if term.IsTerminal(os.Stdout.Fd()) {
		e.stdoutTTY = true
		if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil {
			e.width = w
		}
	}
	e.profile = colorProfile(os.Stdout, os.Environ())
	return e
}

// colorProfile decides how much color the terminal gets, from the environment
// alone. NO_COLOR with any value means none (the library only honors values
// like "1" and "true"). Inside tmux the library would run `tmux info` to tell
// 24-bit color from 256 colors, which costs the first frame several
// milliseconds; without it, tmux gets 256 colors unless COLORTERM says more,
// and the palette looks the same.
func colorProfile(out *os.File, environ []string) colorprofile.Profile {
	var kept []string
	for _, kv := range environ {
		switch {
		case strings.HasPrefix(kv, "NO_COLOR=") && kv != "NO_COLOR=":
			return colorprofile.Ascii
		case strings.HasPrefix(kv, "TMUX="):
			continue
		}
		kept = append(kept, kv)
	}
	return colorprofile.Detect(out, kept)
}

// styled wraps w so that colors are cut down to what the terminal shows, or
// dropped in a pipe.
func (e *env) styled(w io.Writer) io.Writer {
	return &colorprofile.Writer{Forward: w, Profile: e.profile}
}

// textWidth is the width to wrap prose to: the terminal's, at most 80, or 80
// in a pipe.
func (e *env) textWidth() int {
	if e.width <= 0 {
		return 80
	}
	return min(e.width, 80)
}

// closedOutput stands for a standard output that was closed: whatever is
// written to it is lost, and the command says so.
type closedOutput struct{}

func (closedOutput) Write([]byte) (int, error) { return 0, errStdoutClosed }

var errStdoutClosed = errors.New("standard output is closed")
