package main

import (
	"io"
	"os"

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
}

func newEnv() *env {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	e.stdinTTY = term.IsTerminal(os.Stdin.Fd())
	if term.IsTerminal(os.Stdout.Fd()) {
		e.stdoutTTY = true
		if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil {
			e.width = w
		}
	}
	return e
}

// textWidth is the width to wrap prose to: the terminal's, at most 80, or 80
// in a pipe.
func (e *env) textWidth() int {
	if e.width <= 0 {
		return 80
	}
	return min(e.width, 80)
}
