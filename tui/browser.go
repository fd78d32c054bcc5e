package tui

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/theme"
)

// codeItem is one catalogue entry in the browser's list.
type codeItem struct{ content.Code }

// Title is the code and its name; a code seen in the wild is marked "~",
// in a group of its own after the registry's (its entry names its source).
func (c codeItem) Title() string {
	if !c.Registered() {
		return "~" + c.Code.Title()
	}
	return c.Code.Title()
}
func (c codeItem) Description() string { return c.Summary }

// FilterValue is what typing matches: the code, its names and its Go constant.
func (c codeItem) FilterValue() string {
	// The class ("4xx") too, so that typing it narrows the list to the class.
	values := append([]string{strconv.Itoa(c.Code.Code), c.Name, c.GoConst, c.Class}, c.Aliases...)
	if !c.Registered() {
		values = append(values, content.WildTopic, c.Source) // "wild" or "nginx" lists them
	}
	return strings.Join(values, " ")
}

// browser is the catalogue: a list narrowed by typing, a detail pane beside
// it, and a full-window reading mode for one entry. Filtering is done here, in
// Update, rather than by the list's asynchronous filter, so that every key
// press shows its own result at once.
type browser struct {
	sh            *shared
	all           []list.Item
	list          list.Model
	query         string
	typing        bool // keys go to the filter
	reading       bool // the full-window detail is open
	detail        viewport.Model
	width, height int
}

// splitWidth is the window width from which the detail pane shows beside the list.
const splitWidth = 76

func newBrowser(sh *shared) *browser {
	codes := append(slices.Clone(sh.content.Catalogue.Codes()), sh.content.Catalogue.Wild()...)
	items := make([]list.Item, len(codes))
	for i, c := range codes {
		items[i] = codeItem{c}
	}
	d := list.NewDefaultDelegate()
	d.ShowDescription = false
	d.SetSpacing(0)
	l := list.New(items, d, 0, 0)
	l.Title = "Status codes"
	l.SetFilteringEnabled(false)
	l.SetShowHelp(false)
	l.SetStatusBarItemName("code", "codes")
	l.DisableQuitKeybindings()
	l.KeyMap.PrevPage = key.NewBinding(key.WithKeys("left", "pgup"))
	l.KeyMap.NextPage = key.NewBinding(key.WithKeys("right", "pgdown"))
	l.KeyMap.GoToStart = key.NewBinding(key.WithKeys("home"))
	l.KeyMap.GoToEnd = key.NewBinding(key.WithKeys("end"))
	l.KeyMap.ShowFullHelp.Unbind()
	l.KeyMap.CloseFullHelp.Unbind()
	return &browser{sh: sh, all: items, list: l, detail: viewport.New()}
}

// setQuery narrows the list to the entries that match q.
func (b *browser) setQuery(q string) {
	b.query = q
	var shown []list.Item
	targets := make([]string, len(b.all))
	for i, it := range b.all {
		targets[i] = it.FilterValue()
	}
	if q == "" {
		shown = b.all
	} else {
		for _, r := range substringFilter(q, targets) {
			shown = append(shown, b.all[r.Index])
		}
	}
	b.list.SetItems(shown)
	b.list.ResetSelected()
	b.list.SetShowStatusBar(len(shown) > 0) // an empty list says "No codes." once, not also in its status bar
	b.list.Title = "Status codes"
	if q != "" || b.typing {
		b.list.Title = "Filter: " + q
		if b.typing {
			b.list.Title += "▏"
		}
	}
}

func (b *browser) SetSize(w, h int) {
	b.width, b.height = w, h
	b.list.SetSize(b.listWidth(), max(h, 1))
	b.detail.SetWidth(max(w, 1))
	b.detail.SetHeight(max(h-2, 1))
	if b.reading {
		b.detail.SetContent(b.entryView(b.width))
	}
}

// listWidth is the list's column: as wide as its longest line (a code and
// its name, with the list's margins), within less than half the window.
func (b *browser) listWidth() int {
	if b.width < splitWidth {
		return b.width
	}
	longest := 0
	for _, it := range b.all {
		longest = max(longest, lipgloss.Width(it.(codeItem).Title()))
	}
	return min(max(longest+4, 30), b.width*45/100)
}

func (b *browser) Update(msg tea.Msg) (screen, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
		return b, nil
	case b.reading:
		return b, b.updateReading(press)
	case b.typing:
		b.updateTyping(press)
		return b, nil
	}
	k := b.sh.keys
	switch {
	case press.String() == "esc" && b.query != "":
		b.setQuery("")
	case keyIs(press, k.Back):
		return b, goTo(toMenu)
	case press.String() == "enter" && b.list.SelectedItem() != nil:
		b.openReading()
	case press.String() == "/" || startsFilter(press):
		b.typing = true
		b.setQuery(b.query + strings.TrimPrefix(press.Text, "/"))
	default:
		var cmd tea.Cmd
		b.list, cmd = b.list.Update(msg)
		return b, cmd
	}
	return b, nil
}

// updateTyping edits the filter: characters narrow it, backspace widens it,
// esc clears it, and enter or an arrow key goes back to moving in the list.
func (b *browser) updateTyping(msg tea.KeyPressMsg) {
	switch msg.String() {
	case "esc":
		b.typing = false
		b.setQuery("")
	case "enter", "up", "down":
		b.typing = false
		b.setQuery(b.query)
	case "backspace":
		r := []rune(b.query)
		if len(r) > 0 {
			b.setQuery(string(r[:len(r)-1]))
		}
	default:
		if t := msg.Text; t != "" && len([]rune(b.query)) < 40 && !strings.ContainsFunc(t, unicode.IsControl) {
			b.setQuery(b.query + t)
		}
	}
}

// show selects a code in the whole list, the filter cleared.
func (b *browser) show(code int) {
	b.typing = false
	b.setQuery("")
	for i, it := range b.list.Items() {
		if it.(codeItem).Code.Code == code {
			b.list.Select(i)
			return
		}
	}
}

func (b *browser) openReading() {
	b.reading = true
	b.detail.SetContent(b.entryView(b.width))
	b.detail.GotoTop()
}

func (b *browser) updateReading(msg tea.KeyPressMsg) tea.Cmd {
	if keyIs(msg, b.sh.keys.Back) || msg.String() == "enter" {
		b.reading = false
		return nil
	}
	if item, ok := b.list.SelectedItem().(codeItem); ok {
		if other, ok := link(b.sh.content.Catalogue, item.Code, msg.String()); ok {
			b.show(other.Code)
			b.openReading()
			return nil
		}
	}
	var cmd tea.Cmd
	b.detail, cmd = b.detail.Update(msg)
	return cmd
}

// entryView renders the selected entry at a width.
func (b *browser) entryView(width int) string {
	item, ok := b.list.SelectedItem().(codeItem)
	if !ok {
		return "" // the list says so already
	}
	return renderEntry(b.sh.content.Catalogue, item.Code, width, b.sh.styles, b.reading)
}

func (b *browser) View() string {
	st := b.sh.styles
	if b.reading {
		var notes []string
		if !b.detail.AtBottom() {
			notes = append(notes, "↓ more")
		}
		if item, ok := b.list.SelectedItem().(codeItem); ok && linkHint(item.Code) != "" {
			notes = append(notes, linkHint(item.Code))
		}
		return b.detail.View() + "\n\n" + st.Muted.Render(strings.Join(notes, " · "))
	}
	if b.width < splitWidth {
		return b.list.View()
	}
	paneWidth := b.width - b.listWidth() - 3
	pane := theme.FitHeight(b.entryView(paneWidth), b.height)
	rule := st.Muted.Render(strings.TrimSuffix(strings.Repeat("│\n", b.height), "\n"))
	return lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(b.listWidth()).Render(b.list.View()), rule+" ", pane)
}

func (b *browser) Keys() helpKeys {
	k := b.sh.keys
	if b.reading {
		back := withHelp(k.Back, "q/esc", "back to list")
		return helpKeys{short: []key.Binding{k.Up, k.Down, k.ScrollDown, back}, full: [][]key.Binding{{k.Up, k.Down, k.ScrollUp, k.ScrollDown}, {back, k.Quit}}}
	}
	if b.typing {
		apply := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter/↓", "done"))
		cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear"))
		return helpKeys{short: []key.Binding{apply, cancel}, full: [][]key.Binding{{apply, cancel}, {k.Quit}}}
	}
	read := withHelp(k.Choose, "enter", "read")
	back := withHelp(k.Back, "q", "menu")
	if b.query != "" {
		back = withHelp(k.Back, "esc", "clear filter")
	}
	return helpKeys{
		short: []key.Binding{k.Filter, k.Up, k.Down, read, back, k.Help},
		full:  [][]key.Binding{{k.Filter, k.Up, k.Down, read}, {back, k.Quit}},
	}
}

// substringFilter keeps entries whose code or names contain the typed text,
// those that start with it first: "40" lists 400-409, "forb" finds Forbidden.
func substringFilter(term string, targets []string) []list.Rank {
	term = strings.ToLower(strings.TrimSpace(term))
	var first, rest []list.Rank
	for i, t := range targets {
		at := strings.Index(strings.ToLower(t), term)
		switch {
		case at < 0:
		case at == 0:
			first = append(first, list.Rank{Index: i})
		default:
			rest = append(rest, list.Rank{Index: i})
		}
	}
	return append(first, rest...)
}

// startsFilter reports whether a key press is a character to filter by rather
// than a command: letters and digits other than the list's own keys.
func startsFilter(msg tea.KeyPressMsg) bool {
	r := []rune(msg.Text)
	if len(r) != 1 || msg.Mod != 0 && msg.Mod != tea.ModShift {
		return false
	}
	switch r[0] {
	case 'j', 'k', 'q':
		return false
	}
	return unicode.IsLetter(r[0]) || unicode.IsDigit(r[0])
}
func (b *browser) wide() bool { return true }
