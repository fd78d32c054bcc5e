package workshop

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/theme"
)

// HostInfo is what the host screen tells the room.
type HostInfo struct {
	Join string // the command participants type, e.g. "ssh -p 2222 10.0.0.5"
	// Door holds the join code, which the host sees and may change (c).
	Door    *Door
	Version string
	// ExportDir is where x writes the results file.
	ExportDir string
	// Saving says where results are kept, or why they are not.
	Saving string
	// Theme names the palette of the host's screen and the participants'.
	Theme string
}

// host is the instructor's screen: who is in, the round's progress, and the
// keys that drive it.
type host struct {
	hub     *Hub
	info    HostInfo
	snap    Snapshot
	names   []string // every player here, refreshed with the snapshot
	updates <-chan struct{}
	styles  theme.Styles
	notice  string
	width   int
	height  int
}

// NewHost returns the host's Bubble Tea model.
func NewHost(hub *Hub, info HostInfo) tea.Model {
	if info.Door == nil {
		info.Door = NewDoor("") // no code: anyone may join
	}
	return &host{hub: hub, info: info, styles: theme.NewStyles(theme.Named(info.Theme, true)), width: 80, height: 24,
		updates: hub.Subscribe(0), snap: hub.Snapshot(0), names: hub.Names()}
}

// refresh takes a new snapshot; the list of names only when the room changed.
func (h *host) refresh() {
	old := h.snap.Version
	h.snap = h.hub.Snapshot(0)
	if h.snap.Version != old {
		h.names = h.hub.Names()
	}
}

type exportedMsg struct {
	path string
	err  error
}

func (h *host) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, waitThen(h.updates, settle), second())
}

func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.width, h.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		h.styles = theme.NewStyles(theme.Named(h.info.Theme, msg.IsDark()))
	case updateMsg:
		h.refresh()
		return h, waitThen(h.updates, settle)
	case secondMsg:
		h.refresh()
		return h, second()
	case hubClosedMsg:
		return h, tea.Quit
	case exportedMsg:
		h.notice = "Results written to " + msg.path
		if msg.err != nil {
			h.notice = "Could not write the results: " + msg.err.Error()
		}
	case tea.KeyPressMsg:
		return h, h.key(msg.String())
	}
	return h, nil
}

func (h *host) key(k string) tea.Cmd {
	h.notice = ""
	var err error
	switch k {
	case "ctrl+c", "q":
		return tea.Quit
	case "s":
		err = h.hub.Start()
	case "n", "enter", "space":
		err = h.hub.Next()
	case "e":
		h.hub.End()
	case "c":
		h.info.Door.SetCode(NewCode())
		h.notice = "New join code " + h.info.Door.Code() + ": those already in stay; newcomers need it."
	case "x":
		return exportCmd(h.hub.Standings(), h.info.ExportDir)
	}
	if err != nil {
		h.notice = err.Error()
	}
	h.refresh()
	return nil
}

// exportCmd writes the standings as CSV, in a command: it touches the disk.
func exportCmd(board []Standing, dir string) tea.Cmd {
	return func() tea.Msg {
		path := filepath.Join(dir, "httpquiz-classroom-"+time.Now().Format("20060102-150405")+".csv")
		return exportedMsg{path: path, err: writeStandings(path, board)}
	}
}

func writeStandings(path string, board []Standing) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	_ = w.Write(store.ClassStandingHeader)
	for _, s := range board {
		_ = w.Write(stored(s).Cells())
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// stored is a standing as the results are kept and printed, with the one
// definition of right, missed and timed out.
func stored(s Standing) store.ClassStanding {
	p := s.Player
	return store.ClassStanding{Rank: s.Rank, Name: p.Name, Score: p.Score, Right: p.Right, Missed: p.Answered - p.Right,
		TimedOut: p.TimedOut, Answered: p.Answered, RightMS: p.RightTime.Milliseconds()}
}

func (h *host) View() tea.View {
	return screenView(h.styles, h.content(), h.width, h.height, "httpquiz classroom (host)")
}

func (h *host) content() string {
	st, s := h.styles, h.snap
	w := h.width - 2
	var b strings.Builder
	status := map[Phase]string{Lobby: "lobby", Asking: fmt.Sprintf("question %d of %d · %s", s.Index+1, s.Count, present.Countdown(s.Left, false)),
		Revealing: fmt.Sprintf("question %d of %d · answer shown", s.Index+1, s.Count), Finished: "finished"}[s.Phase]
	b.WriteString(theme.Header(st, "httpquiz classroom", status, w) + "\n\n")
	join := st.Strong.Render(h.info.Join)
	if code := h.info.Door.Code(); code != "" {
		join += st.Text.Render("   join code: ") + st.Title.Render(code)
	}
	if n := h.info.Door.LockedOut(); n > 0 {
		what := "1 address"
		if n > 1 {
			what = fmt.Sprintf("%d addresses", n)
		}
		join += "   " + st.Warn.Render(what+" locked out for wrong codes")
	}
	b.WriteString(st.Text.Render("Join: ") + join + "\n")
	b.WriteString(theme.Wrap(st.Muted.Render(fmt.Sprintf("seed %d · deck %s · httpquiz %s · %s",
		s.Seed, s.DeckHash[:min(8, len(s.DeckHash))], h.info.Version, h.info.Saving)), w) + "\n\n")
	b.WriteString(theme.Wrap(st.Heading.Render(fmt.Sprintf("Players (%d): ", s.Here))+
		st.Text.Render(strings.Join(h.names, ", ")), w) + "\n\n")
	b.WriteString(h.phaseView(w))
	if h.notice != "" {
		b.WriteString("\n\n" + theme.Wrap(st.Warn.Render(h.notice), w))
	}
	b.WriteString("\n\n" + st.Muted.Render(h.keysLine()))
	return b.String()
}

func (h *host) phaseView(w int) string {
	st, s := h.styles, h.snap
	switch s.Phase {
	case Lobby:
		return st.Text.Render("Waiting for players. Press s to start the round.")
	case Asking:
		return theme.Wrap(st.Strong.Render(s.Question.Prompt()), w) + "\n\n" +
			st.Text.Render(fmt.Sprintf("Answers: %d of %d", s.Answered, s.Playing))
	case Revealing:
		return revealText(st, s, w) + "\n\n" + st.Heading.Render("Leaderboard") + "\n" + boardView(st, s.Board, -1, w)
	}
	return st.Heading.Render("Final leaderboard") + "\n" + boardView(st, s.Board, -1, w)
}

func (h *host) keysLine() string {
	switch h.snap.Phase {
	case Lobby:
		return "s start · c new join code · x export · q quit"
	case Asking:
		return "n close this question now · e end the round · q quit"
	case Revealing:
		if h.snap.Index+1 >= h.snap.Count {
			return "n final results · e end · x export · q quit"
		}
		return "n next question · e end · x export · q quit"
	}
	return "x export the results · q quit"
}
