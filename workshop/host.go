package workshop

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/httpquiz/httpquiz/present"
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
	asked   []Closed // the questions closed so far, likewise
	updates <-chan struct{}
	styles  theme.Styles
	notice  string
	// quitting is set by a first q in the middle of a round: a second quits.
	quitting bool
	width    int
	height   int
}

// NewHost returns the host's Bubble Tea model.
func NewHost(hub *Hub, info HostInfo) tea.Model {
	if info.Door == nil {
		info.Door = NewDoor("") // no code: anyone may join
	}
	return &host{hub: hub, info: info, styles: theme.NewStyles(theme.Named(info.Theme, true)), width: 80, height: 24,
		updates: hub.Subscribe(0), snap: hub.Snapshot(0), names: hub.Names(), asked: hub.Asked()}
}

// refresh takes a new snapshot; the list of names only when the room changed.
func (h *host) refresh() {
	old := h.snap.Version
	h.snap = h.hub.Snapshot(0)
	if h.snap.Version != old {
		h.names, h.asked = h.hub.Names(), h.hub.Asked()
	}
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
		h.notice = "Results written to " + msg.path + " (standings; -answers and -questions beside it)"
		if msg.err != nil {
			h.notice = "Could not write the results: " + msg.err.Error()
		}
	case tea.KeyPressMsg:
		return h, h.key(msg.String())
	}
	return h, nil
}

// extension is the time + adds to the open question.
const extension = 10 * time.Second

func (h *host) key(k string) tea.Cmd {
	confirming := h.quitting
	h.notice, h.quitting = "", false
	var err error
	switch k {
	case "ctrl+c":
		return tea.Quit
	case "q":
		// In the middle of a round, quitting ends it for everyone: asked twice.
		if playing := h.snap.Phase == Asking || h.snap.Phase == Revealing; playing && !confirming {
			h.quitting, h.notice = true, "Press q again to quit: the round ends for everyone. Any other key goes on."
			return nil
		}
		return tea.Quit
	case "s":
		err = h.hub.Start()
	case "n", "enter", "space":
		err = h.hub.Next()
	case "p":
		err = h.hub.Pause()
	case "+", "=":
		err = h.hub.Extend(extension)
	case "r":
		if err = h.hub.Replay(); err == nil {
			h.notice = "Another round, with a new seed: press s when the room is ready."
		}
	case "e":
		h.hub.End()
	case "c":
		h.info.Door.SetCode(NewCode())
		h.notice = "New join code " + h.info.Door.Code() + ": those already in stay; newcomers need it."
	case "x":
		return exportCmd(h.hub.Standings(), h.hub.Asked(), h.info.ExportDir)
	}
	if err != nil {
		h.notice = sentence(err.Error())
	}
	h.refresh()
	return nil
}

func (h *host) View() tea.View {
	return screenView(h.styles, h.content(), h.width, h.height, "httpquiz classroom (host)")
}

func (h *host) content() string {
	st, s := h.styles, h.snap
	w := hostWidth(h.width)
	title := "httpquiz classroom"
	if s.Round > 1 {
		title += fmt.Sprintf(" · round %d", s.Round)
	}
	status := map[Phase]string{Lobby: "waiting for players", Asking: present.Progress(s.Index+1, s.Count),
		Revealing: present.Progress(s.Index+1, s.Count) + ": the answer", Finished: "finished"}[s.Phase]
	var b strings.Builder
	b.WriteString(theme.Header(st, title, status, w) + "\n\n")
	if h.notice != "" {
		b.WriteString(theme.Wrap(st.Warn.Render(h.notice), w) + "\n\n")
	}
	// The keys sit on the last lines; the phase's layout fits what is left.
	keys := h.keys(w)
	saved := h.height
	h.height -= strings.Count(b.String(), "\n") + lineCount(keys) + 1
	defer func() { h.height = saved }()
	var body string
	switch s.Phase {
	case Lobby:
		body = h.lobbyView(w)
	case Asking:
		body = h.questionView(w)
	case Revealing:
		body = h.revealView(w)
	default:
		body = h.podiumView(w)
	}
	b.WriteString(theme.FitHeight(body, max(h.height, 1)) + "\n\n" + keys)
	return centered(b.String(), w, h.width-2)
}

// centered places a drawing w wide in the middle of a wider window, as a
// projector shows it best.
func centered(s string, w, window int) string {
	margin := (window - w) / 2
	if margin <= 0 {
		return s
	}
	pad := strings.Repeat(" ", margin)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "\n")
}

// keysLine says what each key does now.
func (h *host) keysLine() string {
	switch h.snap.Phase {
	case Lobby:
		return "s start · c new join code · x export · q quit"
	case Asking:
		pause := "p pause"
		if h.snap.Paused {
			pause = "p resume"
		}
		return "n close now · " + pause + " · + 10 s more · e end the round · q quit"
	case Revealing:
		if h.snap.Index+1 >= h.snap.Count {
			return "n final results · e end · x export · q quit"
		}
		return "n next question · e end · x export · q quit"
	}
	return "r another round with these players · x export · q quit"
}

// sentence starts an error's words with a capital and ends them with a stop,
// as the host's notices read.
func sentence(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}
