package tui

import (
	"context"
	"io"

	tea "charm.land/bubbletea/v2"
)

// Run starts the full-screen interface and blocks until the learner leaves.
// The terminal is restored on every way out, a panic included.
func Run(ctx context.Context, opts Options, in io.Reader, out io.Writer) error {
	p := tea.NewProgram(New(opts), tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out))
	final, err := p.Run()
	if err != nil {
		return err
	}
	if m, ok := final.(Model); ok {
		return m.Err()
	}
	return nil
}
