// Command minimal is the reference for httpquiz's start-up benchmarks: the
// smallest Bubble Tea v2 program with a Lip Gloss v2 style, drawing one line.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

type model struct{ down bool }

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if k.String() == "q" || k.String() == "ctrl+c" {
			return m, tea.Quit
		}
		m.down = !m.down
	}
	return m, nil
}

var style = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#b39dff"))

func (m model) View() tea.View {
	line := "Hello from a minimal Bubble Tea program"
	if m.down {
		line = "Hello again from a minimal Bubble Tea program"
	}
	v := tea.NewView(style.Render(line))
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
