package tui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/theme"
)

// menu is the first screen: the Today card, and every way to play.
type menu struct {
	sh            *shared
	list          choices
	today         *round.Today // nil until read, or without a progress database
	notice        string
	width, height int
}

type todayMsg struct {
	today round.Today
	err   error
}

// loadToday reads the Today card in the background.
func loadToday(sh *shared) tea.Cmd {
	if !sh.loaded || sh.opts.Progress == nil {
		return nil
	}
	progress, now, cat, goal := sh.opts.Progress, sh.opts.Clock(), sh.content.Catalogue, sh.opts.Goal
	return func() tea.Msg {
		t, err := round.LoadToday(context.Background(), progress, cat, now, goal)
		return todayMsg{today: t, err: err}
	}
}

// timedLimits is the menu's timed round: the command's defaults.
var timedLimits = round.Limits{Total: round.DefaultRoundTime}

func newMenu(sh *shared) *menu {
	m := &menu{sh: sh}
	m.list = choices{items: m.items(), numbered: true}
	return m
}

// items are the menu's lines: with the Today card, a first line that starts
// what is most useful now.
func (m *menu) items() []choice {
	practice := round.Practice(quiz.DefaultCount, "", false)
	typed := round.Practice(quiz.DefaultCount, "", true)
	var items []choice
	if m.today != nil {
		title, desc := present.TodayStart(*m.today)
		start := send(goMsg{to: toRound, spec: practice})
		if m.today.Worth() {
			start = goTo(toReview)
		}
		items = append(items, choice{title, desc, start})
	}
	timed := round.Timed(quiz.DefaultCount, timedLimits, "")
	return append(items,
		choice{"Practice", "10 mixed questions from the whole bank", send(goMsg{to: toRound, spec: practice})},
		choice{"Review", "the codes you miss come back on a spaced schedule", goTo(toReview)},
		choice{"Drills", "focus on codes people mix up: 401/403, redirects, ...", goTo(toDrills)},
		choice{"Timed", "10 questions against the clock: " + present.Duration(timedLimits.Total) + " for the round", send(goMsg{to: toRound, spec: timed})},
		choice{"Typed practice", "10 mixed questions, answered by typing the code", send(goMsg{to: toRound, spec: typed})},
		choice{"Lab", "a real HTTP API: predict it, or make it answer each code", goTo(toLab)},
		choice{"Browse codes", "every registered status code, explained", goTo(toBrowse)},
		choice{"Stats", "your accuracy by class and code, and what you mix up", goTo(toStats)},
		choice{"Classroom", "host a round over SSH, or join one", send(noticeMsg(classroomNotice))},
		choice{"Decks", "the scenario decks in use", func() tea.Msg { return noticeMsg(m.decksNotice()) }},
		choice{"Quit", "", send(quitMsg{})},
	)
}

// noticeMsg is a line for the menu to show below its items.
type noticeMsg string

const classroomNotice = "Host: quit and run 'httpquiz serve --listen 0.0.0.0:2222'; this terminal becomes the host screen " +
	"(a projector's 100x30 is best). Join: 'ssh -p 2222 HOST' from any terminal with an ssh client, then type the join code the host shows."

func (m *menu) decksNotice() string {
	sources := m.sh.content.Sources
	if len(sources) == 0 {
		return "The built-in bank, once it has loaded."
	}
	return "Decks in use: " + strings.Join(sources, ", ") + ". Add your own with --deck FILE (see 'httpquiz deck check')."
}

func (m *menu) SetSize(w, h int) { m.width, m.height = w, h }

func (m *menu) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case todayMsg:
		if msg.err == nil {
			cursor := m.list.cursor
			had := m.today != nil
			m.today = &msg.today
			m.list = choices{items: m.items(), cursor: cursor, numbered: true}
			if !had && cursor > 0 {
				m.list.cursor++ // the same item stays chosen as the first line arrives
			}
		}
	case noticeMsg:
		m.notice = string(msg)
	case tea.KeyPressMsg:
		if key.Matches(msg, m.sh.keys.Back) {
			return m, send(quitMsg{})
		}
		m.notice = ""
		// A number picks the item it is shown beside.
		if n, err := strconv.Atoi(msg.String()); err == nil && n >= 1 && n <= min(9, len(m.list.items)) {
			m.list.cursor = n - 1
			return m, m.list.items[n-1].action
		}
		return m, m.list.update(msg, m.sh.keys)
	}
	return m, nil
}

func (m *menu) View() string {
	st := m.sh.styles
	head := theme.Header(st, "httpquiz", "learn HTTP status codes", m.width) + "\n\n"
	list := m.list.view(st, m.width)
	if m.notice != "" {
		list += "\n\n" + theme.Wrap(st.Warn.Render(m.notice), m.width)
	}
	// The card above the items, shorter when the window is, then gone:
	// the items matter most.
	intro := []string{theme.Wrap(st.Text.Render("Pick a way to practice. Every answer explains itself; a code you miss comes back later in the round."), m.width)}
	if m.today != nil {
		intro = []string{m.todayCard(), theme.Truncate(st.Heading.Render("Today ")+st.Text.Render(present.TodayShort(*m.today)), m.width)}
	}
	used := strings.Count(head+list, "\n") + 1
	for _, card := range intro {
		if m.height == 0 || used+strings.Count(card, "\n")+3 <= m.height {
			return head + card + "\n\n" + list
		}
	}
	return head + list
}

// todayCard is the day at a glance, each line with a mark as well as a color.
func (m *menu) todayCard() string {
	st := m.sh.styles
	marks := []string{"↻", "◆", "◎", "★"}
	var b strings.Builder
	b.WriteString(st.Heading.Render("Today") + "\n")
	for i, line := range present.TodayLines(*m.today) {
		b.WriteString(fmt.Sprintf("  %s %s\n", st.Title.Render(marks[i%len(marks)]), st.Text.Render(line)))
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func (m *menu) Keys() helpKeys {
	k := m.sh.keys
	pick := key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "pick"))
	short := []key.Binding{k.Up, k.Down, k.Choose, pick, withHelp(k.Back, "q", "quit"), k.Help}
	return helpKeys{short: short, full: [][]key.Binding{{k.Up, k.Down, k.Choose, pick}, {withHelp(k.Back, "q/esc", "quit"), k.Quit}}}
}
