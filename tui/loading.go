package tui

import tea "charm.land/bubbletea/v2"

// loading is shown for the moment it takes to read the content.
type loading struct {
	sh            *shared
	width, height int
}

func newLoading(sh *shared) *loading { return &loading{sh: sh} }

func (l *loading) SetSize(w, h int)                 { l.width, l.height = w, h }
func (l *loading) Update(tea.Msg) (screen, tea.Cmd) { return l, nil }
func (l *loading) View() string                     { return l.sh.styles.Muted.Render("Loading the questions…") }
func (l *loading) Keys() helpKeys                   { return helpKeys{} }
