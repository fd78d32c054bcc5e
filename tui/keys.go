package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding of the interface, built in one place so the help
// line always tells the truth.
type KeyMap struct {
	Up, Down   key.Binding
	Choose     key.Binding // enter or space: pick the highlighted item, continue
	Answer     key.Binding // 1-4: answer a multiple-choice question
	Digits     key.Binding // 0-9: type a code
	Erase      key.Binding
	Back       key.Binding // q or esc: one step back
	Quit       key.Binding // ctrl+c: leave from anywhere
	Help       key.Binding
	Retry      key.Binding // retry the missed questions
	Menu       key.Binding
	Filter     key.Binding
	ScrollUp   key.Binding
	ScrollDown key.Binding
	Top        key.Binding // home or g: the start of a long text
	Bottom     key.Binding // end or G: its end
}

// DefaultKeyMap returns the bindings httpquiz uses.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose:     key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", "choose")),
		Answer:     key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", "answer")),
		Digits:     key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-9", "type the code")),
		Erase:      key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "erase")),
		Back:       key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q/esc", "back")),
		Quit:       key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Retry:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "retry missed")),
		Menu:       key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "menu")),
		Filter:     key.NewBinding(key.WithKeys("/"), key.WithHelp("type", "filter")),
		ScrollUp:   key.NewBinding(key.WithKeys("pgup", "shift+up"), key.WithHelp("pgup", "scroll up")),
		ScrollDown: key.NewBinding(key.WithKeys("pgdown", "shift+down"), key.WithHelp("pgdn", "scroll down")),
		Top:        key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/g", "top")),
		Bottom:     key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end/G", "bottom")),
	}
}

// withHelp returns a copy of a binding with other help text, for screens where
// the same key means something more specific.
func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// helpKeys adapts a screen's bindings to help.KeyMap.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h helpKeys) ShortHelp() []key.Binding  { return h.short }
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }
