package workshop

import (
	"io"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// A participant's screen is simple: a few dozen lines of text that change a
// few times a minute. A Bubble Tea program per SSH session costs a room of
// 1,000 more than the quiz itself (two cell buffers and a key table for
// each, some 1 MB, and a cell-by-cell diff on every redraw), so each
// session runs the participant's model itself: its keys are decoded as
// Bubble Tea decodes them, its commands run as Bubble Tea runs them, and its
// view is written line by line, only the lines that changed. The host's one
// screen stays a Bubble Tea program.

// playMiddleware runs a participant on each session.
func playMiddleware(hub *Hub, door *Door, themeName string) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			p := newPlayer(hub, door, hostOf(s.RemoteAddr()), themeName)
			s.Context().SetValue(playerKey{}, p)
			if pty, windows, ok := s.Pty(); ok {
				p.profile = colorprofile.Env(append(s.Environ(), "TERM="+pty.Term))
				p.setStyles(true)
				// The palette is in the terminal's colors already; only a
				// terminal without colors needs its output rewritten.
				var out io.Writer = s
				if p.profile < colorprofile.ANSI {
					// Without colors, yet with the cursor's moves: the
					// screen is drawn by them.
					out = &colorprofile.Writer{Forward: s, Profile: colorprofile.ASCII}
				}
				run(p, s, out, pty.Window, windows, s.Context().Done())
			}
			next(s)
		}
	}
}

// session is one participant's model running on one terminal.
type session struct {
	model tea.Model
	out   io.Writer
	msgs  chan tea.Msg
	done  chan struct{} // closed when the session ends: pending commands give up
	lines lineScreen
}

// run plays the model until it quits, the input ends or gone is closed.
func run(m tea.Model, in io.Reader, out io.Writer, size ssh.Window, windows <-chan ssh.Window, gone <-chan struct{}) {
	s := &session{model: m, out: out, msgs: make(chan tea.Msg, 64), done: make(chan struct{})}
	defer close(s.done)
	go s.read(in)
	go s.resize(windows)
	// The alternate screen, no cursor, the window's title, and a question
	// for the background's color, which chooses the palette.
	_, _ = io.WriteString(out, ansi.SetAltScreenSaveCursorMode+ansi.HideCursor+ansi.SetWindowTitle("httpquiz classroom")+
		ansi.RequestBackgroundColor)
	defer io.WriteString(out, ansi.ResetStyle+ansi.ShowCursor+ansi.ResetAltScreenSaveCursorMode) //nolint:errcheck
	s.msgs <- tea.WindowSizeMsg{Width: size.Width, Height: size.Height}
	for {
		var msg tea.Msg
		select {
		case msg = <-s.msgs:
		case <-gone:
			return
		}
		// Everything already waiting is taken before the screen is drawn once.
		for more := true; more; {
			if !s.handle(msg) {
				s.draw()
				return
			}
			select {
			case msg = <-s.msgs:
			default:
				more = false
			}
		}
		s.draw()
	}
}

// handle gives a message to the model, or runs a batch of commands; it
// reports false when the model quits.
func (s *session) handle(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.QuitMsg:
		return false
	case tea.BatchMsg:
		for _, cmd := range msg {
			s.start(cmd)
		}
		return true
	case tea.WindowSizeMsg:
		s.lines.resize(msg.Width, msg.Height)
	}
	m, cmd := s.model.Update(msg)
	s.model = m
	s.start(cmd)
	return true
}

// start runs a command on its own goroutine, as Bubble Tea does, and hands
// its message back to the loop.
func (s *session) start(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() {
		msg := cmd()
		if msg == nil {
			return
		}
		select {
		case s.msgs <- msg:
		case <-s.done:
		}
	}()
}

// read decodes the terminal's input into key presses and the background
// color's answer.
func (s *session) read(in io.Reader) {
	var dec uv.EventDecoder
	buf := make([]byte, 1024)
	for {
		n, err := in.Read(buf)
		for b := buf[:n]; len(b) > 0; {
			used, ev := dec.Decode(b)
			if used == 0 {
				break
			}
			b = b[used:]
			if msg := inputMsg(ev); msg != nil && !s.send(msg) {
				return
			}
		}
		if err != nil {
			// The input has ended, but perhaps not the session: a client
			// may close its side and go on watching. The session's end
			// ends the loop.
			return
		}
	}
}

// inputMsg is the Bubble Tea message for an input event the participant's
// model reads; nil for the rest.
func inputMsg(ev uv.Event) tea.Msg {
	switch ev := ev.(type) {
	case uv.KeyPressEvent:
		return tea.KeyPressMsg(ev)
	case uv.BackgroundColorEvent:
		return tea.BackgroundColorMsg(ev)
	}
	return nil
}

func (s *session) send(msg tea.Msg) bool {
	select {
	case s.msgs <- msg:
		return true
	case <-s.done:
		return false
	}
}

// resize passes the window's changes on.
func (s *session) resize(windows <-chan ssh.Window) {
	for {
		select {
		case w, ok := <-windows:
			if !ok || !s.send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height}) {
				return
			}
		case <-s.done:
			return
		}
	}
}

// draw writes what changed on the screen since it was last drawn.
func (s *session) draw() {
	if b := s.lines.update(s.model.View().Content); b != "" {
		_, _ = io.WriteString(s.out, b)
	}
}

// lineScreen remembers the lines on the terminal, to rewrite only those that
// change: a countdown's tick costs one line, not a screen.
type lineScreen struct {
	shown         []string
	width, height int
	clear         bool // the next update starts from a blank screen
}

func (l *lineScreen) resize(w, h int) {
	l.width, l.height, l.shown, l.clear = w, h, nil, true
}

// update returns the output that turns the screen into view.
func (l *lineScreen) update(view string) string {
	lines := strings.Split(view, "\n")
	if len(lines) > l.height {
		lines = lines[:max(l.height, 0)]
	}
	var b strings.Builder
	if l.clear {
		b.WriteString(ansi.ResetStyle + ansi.EraseEntireScreen)
		l.clear = false
	}
	// A style begun on one line and ended on a later one (wrapped text) is
	// carried: each line is written on its own, so it starts with the style
	// the line before it left open.
	carried := ""
	for i, line := range lines {
		lines[i] = carried + line
		carried = openStyle(lines[i])
	}
	for i := range max(len(lines), len(l.shown)) {
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		if i < len(l.shown) && l.shown[i] == line {
			continue
		}
		// Each line starts in the first column and leaves no color behind.
		b.WriteString(ansi.CursorPosition(1, i+1) + line + ansi.ResetStyle + ansi.EraseLineRight)
	}
	l.shown = lines
	return b.String()
}

// openStyle is the SGR sequences still in force at the end of a line: those
// after its last reset.
func openStyle(line string) string {
	var open strings.Builder
	for i := 0; i < len(line); i++ {
		if line[i] != ansi.ESC || i+1 >= len(line) || line[i+1] != '[' {
			continue
		}
		j := i + 2
		for j < len(line) && (line[j] >= '0' && line[j] <= '9' || line[j] == ';' || line[j] == ':') {
			j++
		}
		if j >= len(line) {
			break
		}
		if line[j] == 'm' {
			if params := line[i+2 : j]; params == "" || params == "0" {
				open.Reset()
			} else {
				open.WriteString(line[i : j+1])
			}
		}
		i = j
	}
	return open.String()
}
