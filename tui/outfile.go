package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/roundfile"
)

// writeOut returns the command that rewrites the round's results file with
// every answer so far, if the round has one.
func (p *play) writeOut(sh *shared) tea.Cmd {
	if p.round.Limits == nil || p.round.Limits.Out == "" {
		return nil
	}
	path := p.round.Limits.Out
	s := p.session
	rows := roundfile.Rows(s.Config().Seed, sh.content.Deck.Hash(), sh.opts.Version, s.Results())
	score := s.Score()
	return func() tea.Msg {
		if err := roundfile.Write(path, rows, score); err != nil {
			return progressErrMsg{fmt.Errorf("cannot write %s: %w", path, err)}
		}
		return nil
	}
}
