package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/theme"
)

// scroller shows text taller than its space a window at a time, so nothing is
// lost in a small terminal: the arrows and page keys move it, and a last line
// says when there is more.
type scroller struct {
	lines  []string
	offset int
	height int
	// pageKeys says only the page keys scroll it: the arrows are taken.
	pageKeys bool
}

func (s *scroller) set(text string, height int) {
	s.lines = strings.Split(text, "\n")
	s.height = max(height, 1)
	s.offset = min(s.offset, s.maxOffset())
}

func (s *scroller) maxOffset() int {
	if len(s.lines) <= s.height {
		return 0
	}
	// One line is kept for the "more" marker.
	return len(s.lines) - (s.height - 1)
}

// overflows reports whether the text needs scrolling at all.
func (s *scroller) overflows() bool { return len(s.lines) > s.height }

// update moves the window for the scrolling keys and reports whether the key
// was one of them.
func (s *scroller) update(msg tea.KeyPressMsg, keys KeyMap) bool {
	page := max(s.height-2, 1)
	switch {
	case key.Matches(msg, keys.Up):
		s.offset--
	case key.Matches(msg, keys.Down):
		s.offset++
	case key.Matches(msg, keys.ScrollUp):
		s.offset -= page
	case key.Matches(msg, keys.ScrollDown):
		s.offset += page
	case key.Matches(msg, keys.Top):
		s.offset = 0
	case key.Matches(msg, keys.Bottom):
		s.offset = s.maxOffset()
	default:
		return false
	}
	s.offset = max(min(s.offset, s.maxOffset()), 0)
	return true
}

func (s *scroller) view(st theme.Styles) string {
	if !s.overflows() {
		return strings.Join(s.lines, "\n")
	}
	end := min(s.offset+s.height-1, len(s.lines))
	shown := s.lines[s.offset:end]
	down, up := "↓ or pgdn", "↑ or pgup"
	if s.pageKeys {
		down, up = "pgdn", "pgup"
	}
	marker := ""
	switch {
	case end < len(s.lines) && s.offset > 0:
		marker = "↑ more above · ↓ more below"
	case end < len(s.lines):
		marker = "↓ more below (" + down + ")"
	case s.offset > 0:
		marker = "↑ more above (" + up + ")"
	}
	return strings.Join(shown, "\n") + "\n" + st.Muted.Render(marker)
}

// scrollKeys are the help entries for a scrolling screen.
func scrollKeys(k KeyMap) []key.Binding {
	return []key.Binding{key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown"), key.WithHelp("↑/↓/pgdn", "scroll"))}
}

// allScrollKeys are the scrolling keys as the full help lists them, the
// jumps to either end included.
func allScrollKeys(k KeyMap) []key.Binding { return append(scrollKeys(k), k.Top, k.Bottom) }
