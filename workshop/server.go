package workshop

import (
	"fmt"
	"log"
	"net"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/activeterm"
	"charm.land/wish/v2/ratelimiter"
	"golang.org/x/time/rate"

	"github.com/httpquiz/httpquiz/theme"
)

// ServerConfig sets up the SSH side of a classroom.
type ServerConfig struct {
	Addr        string
	HostKeyPath string // created, private, on first use
	JoinCode    string
	// Door, if set, holds the join code instead of JoinCode, so that the
	// host can change it and see the addresses locked out.
	Door *Door
	// Theme names the palette participants' screens use.
	Theme string
	// MaxSessions caps connections at once, players and those still typing
	// their name; past it a connection is turned away with a message.
	MaxSessions int
	// IdleTimeout closes a connection that has sent nothing for this long.
	IdleTimeout time.Duration
	// Logger receives one line per refused or failed connection; nil is quiet.
	Logger *log.Logger
}

// Connection limits per address: a steady rate, with a burst of at least
// perIPBurst and never less than the room's size, so that a whole room
// behind one NAT can join at once.
const (
	perIPRate  = rate.Limit(20)
	perIPBurst = 250
)

// NewServer builds the SSH server: it offers the quiz and nothing else (no
// shell, no commands, no forwarding of ports or agents).
func NewServer(hub *Hub, cfg ServerConfig) (*ssh.Server, error) {
	var sessions atomic.Int64
	logf := func(format string, args ...any) {
		if cfg.Logger != nil {
			cfg.Logger.Printf(format, args...)
		}
	}
	door := cfg.Door
	if door == nil {
		door = NewDoor(cfg.JoinCode)
	}
	waiting := newWaitingConns()
	return wish.NewServer(
		wish.WithAddress(cfg.Addr),
		wish.WithHostKeyPath(cfg.HostKeyPath),
		wish.WithIdleTimeout(cfg.IdleTimeout),
		wish.WithMiddleware(
			farewell,
			playMiddleware(hub, door, cfg.Theme),
			activeterm.Middleware(),
			quizOnly,
			capSessions(&sessions, cfg.MaxSessions),
			guard(logf),
			ratelimiter.Middleware(ratelimiter.NewRateLimiter(perIPRate, max(perIPBurst, cfg.MaxSessions), 4096)),
			sessionStarted(waiting),
		),
		noForwarding,
		func(srv *ssh.Server) error {
			srv.HandshakeTimeout = HandshakeTimeout
			srv.ConnCallback = waiting.accept
			return nil
		},
	)
}

type playerKey struct{}

// sessionStarted runs first for every session: its connection no longer
// counts as waiting.
func sessionStarted(w *waitingConns) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			w.started(s.Context())
			next(s)
		}
	}
}

// farewell runs after a player's program ends, on their restored terminal: it
// repeats why they were turned away, or says goodbye.
func farewell(next ssh.Handler) ssh.Handler {
	return func(s ssh.Session) {
		msg := "httpquiz: you have left the classroom. Thanks for playing."
		p, ok := s.Context().Value(playerKey{}).(*player)
		switch {
		case ok && p.stage == refused:
			msg = "httpquiz: " + p.notice
		case ok && p.stage == ended:
			msg = "httpquiz: the host ended the round.\n" + p.finalWords() + "\nThanks for playing."
		}
		if ok {
			p.depart() // a dropped connection leaves the lobby list too
			msg = theme.Wrap(msg, max(p.width-1, 20))
		}
		wish.Println(s, msg)
		next(s)
	}
}

// quizOnly turns away a session that asks to run a command.
func quizOnly(next ssh.Handler) ssh.Handler {
	return func(s ssh.Session) {
		if len(s.Command()) > 0 || s.Subsystem() != "" {
			wish.Fatalln(s, "httpquiz: this server runs the quiz and nothing else; connect without a command.")
			return
		}
		next(s)
	}
}

// capSessions turns connections away past the limit.
func capSessions(n *atomic.Int64, limit int) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			defer n.Add(-1)
			if c := n.Add(1); limit > 0 && c > int64(limit) {
				wish.Fatalln(s, "httpquiz: the classroom is full; try again in a moment.")
				return
			}
			next(s)
		}
	}
}

// guard keeps a panic in one session from reaching the others.
func guard(logf func(string, ...any)) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			defer func() {
				if r := recover(); r != nil {
					logf("session from %s failed: %v", s.RemoteAddr(), r)
					_ = s.Exit(1)
				}
			}()
			next(s)
		}
	}
}

// noForwarding refuses every forwarding request explicitly, whatever the
// library's defaults: no local or remote ports, no agent.
func noForwarding(srv *ssh.Server) error {
	srv.LocalPortForwardingCallback = func(ssh.Context, string, uint32) bool { return false }
	srv.ReversePortForwardingCallback = func(ssh.Context, string, uint32) bool { return false }
	return nil
}

// IsLoopback reports whether a listen address only accepts connections from
// this machine.
func IsLoopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, fmt.Errorf("listen address %q: %w", addr, err)
	}
	if host == "localhost" {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}
