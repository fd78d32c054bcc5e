package tui

import (
	"context"
	"io"

	tea "charm.land/bubbletea/v2"
)

// Run starts the full-screen interface and blocks until the learner leaves.
// The terminal is restored on every way out, a panic included. notSaved is why
// progress was not saved, if it was not.
func Run(ctx context.Context, opts Options, in io.Reader, out io.Writer) (notSaved, err error) {
	// Bubble Tea writes frames on a ticker, so the first frame waits one tick:
	// 17ms at the default 60 per second. At its maximum of 120 the first frame
	// and every answer to a key press come twice as soon, for a timer that
	// costs nothing when there is nothing new to draw.
	p := tea.NewProgram(New(opts), tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out), tea.WithFPS(120),
		tea.WithColorProfile(opts.Profile))
	final, err := p.Run()
	if err != nil {
		return nil, err
	}
	if m, ok := final.(Model); ok {
		return m.sh.saveErr, m.Err()
	}
	return nil, nil
}
