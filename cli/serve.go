package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	charmlog "charm.land/log/v2"
	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/workshop"
)

type serveOptions struct {
	decks      roundFlags
	listen     string
	code       string
	count      *int
	seconds    time.Duration
	maxPlayers int
	seed       *uint64
}

func newServeCmd(env *env) *cobra.Command {
	o := serveOptions{seconds: 20 * time.Second}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run a classroom over SSH: one round for the whole room, with a live leaderboard",
		Long: "Start an SSH server for a workshop. Participants join with any ssh client, give a name, " +
			"and answer the same questions at the same moment; after each one they see the answer, their " +
			"points and the leaderboard. This terminal becomes the host screen, made for a projector: start the round, " +
			"move it on, pause it, give a question more time, end it, play another round with the same players, " +
			"export the results; the keys are on the screen. Beyond this machine a join code is always asked: " +
			"a six-character one is made up and shown on the host screen unless --code gives one of at least six. Results are kept: see 'httpquiz results'. --theme applies to the host's screen " +
			"and to every participant's.",
		Example: "  httpquiz serve\n  httpquiz serve --listen 0.0.0.0:2222 --count 12 --seconds 25\n" +
			"  httpquiz serve --listen 0.0.0.0:2222 --code TEAPOT",
		Args: noArgs,
	}
	o.count = countFlag(cmd, 10, "number of questions")
	o.seed = seedFlag(cmd, "seed for the questions")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		if err := o.check(); err != nil {
			return err
		}
		c, err := o.decks.content(env)
		if err != nil {
			return err
		}
		if err := interactive(env); err != nil {
			return err
		}
		spec := seeded(cmd, round.Classroom(*o.count, o.seconds), *o.seed)
		return serve(cmd.Context(), env, o, c, spec)
	}
	cmd.Flags().StringVar(&o.listen, "listen", "127.0.0.1:2222", "address to listen on")
	cmd.Flags().StringVar(&o.code, "code", "", "join code participants must type (beyond loopback: at least 6 characters; generated if not given)")
	cmd.Flags().Var(secondsFlag{&o.seconds}, "seconds", "time for each question, in seconds")
	cmd.Flags().IntVar(&o.maxPlayers, "max-players", 200, "most players at once")
	o.decks.register(cmd, false)
	return cmd
}

func (o serveOptions) check() error {
	if err := checkCount(*o.count, 200); err != nil {
		return err
	}
	loopback, err := workshop.IsLoopback(o.listen)
	switch {
	case err != nil:
		return usageError{err}
	case !loopback && o.code != "" && len([]rune(o.code)) < workshop.CodeLength:
		return usagef("--code %q: beyond loopback a join code needs at least %d characters (leave --code out for a generated one)",
			o.code, workshop.CodeLength)
	case o.seconds < 3*time.Second || o.seconds > 10*time.Minute:
		return usagef("--seconds %v: want 3 to 600 seconds", o.seconds)
	case o.maxPlayers < 1 || o.maxPlayers > 10000:
		return usagef("--max-players %d: want 1 to 10000", o.maxPlayers)
	case len(o.code) > 32:
		return usagef("--code: at most 32 characters")
	case slices.Contains(o.decks.decks, "-"):
		return usagef("--deck -: the host screen reads the keyboard from standard input; give the deck as a file")
	}
	return nil
}

func serve(ctx context.Context, env *env, o serveOptions, c round.Content, spec round.Spec) error {
	// The SSH libraries log to stderr, which is the host screen's terminal.
	charmlog.SetOutput(io.Discard)
	room, err := workshop.NewRoom(c, spec, o.maxPlayers)
	if err != nil {
		var missing *round.MissingError
		if errors.As(err, &missing) {
			return usageError{err}
		}
		return err
	}
	dbPath, err := env.dbPath()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
		return fmt.Errorf("cannot create %s: %w", filepath.Dir(dbPath), err)
	}
	lazy := store.NewLazy(dbPath)
	defer lazy.Close()
	played := room.Spec()
	writer := workshop.NewWriter(lazy, store.ClassRound{Started: time.Now(), Seed: played.Config.Seed,
		DeckHash: room.DeckHash(), Version: version(), Questions: room.Count(), PerQuestion: room.PerQuestion()}, o.maxPlayers)
	workshop.Tune(o.maxPlayers)
	hub := workshop.NewHub(room, time.Now, writer)
	door := workshop.NewDoor(o.code)
	if loopback, _ := workshop.IsLoopback(o.listen); o.code == "" && !loopback {
		door.SetCode(workshop.NewCode()) // anyone who can reach the port could join: a code to read aloud
	}
	srv, err := workshop.NewServer(hub, workshop.ServerConfig{
		Addr: o.listen, HostKeyPath: filepath.Join(filepath.Dir(dbPath), "ssh_host_ed25519"), Door: door,
		Theme: env.theme, MaxSessions: o.maxPlayers + 20, IdleTimeout: 30 * time.Minute})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.listen)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", o.listen, err)
	}
	go func() { _ = srv.Serve(ln) }()

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	saving := "results kept in " + dbPath
	host := workshop.NewHost(hub, workshop.HostInfo{Join: joinCommand(ln.Addr()), Door: door, Version: version(),
		ExportDir: ".", Saving: saving, Theme: env.theme})
	_, runErr := tea.NewProgram(host, tea.WithContext(ctx), tea.WithColorProfile(env.profile)).Run()

	hub.Close() // ends the round for everyone and releases their sessions
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
	werr := writer.Close()
	rounds := writer.Rounds()
	switch {
	case werr != nil:
		fmt.Fprintln(env.stderr, "httpquiz: warning: the round's results were not saved:", werr)
	case len(rounds) == 0:
		fmt.Fprintln(env.stderr, "Nobody joined, so there are no results to keep.")
	case len(rounds) == 1:
		fmt.Fprintf(env.stderr, "Results saved as round %d: httpquiz results %d\n", rounds[0], rounds[0])
	case len(rounds) == 2:
		fmt.Fprintf(env.stderr, "Results saved as rounds %d and %d: httpquiz results %d\n", rounds[0], rounds[1], rounds[1])
	default:
		fmt.Fprintf(env.stderr, "Results saved as rounds %d to %d: 'httpquiz results' lists them\n", rounds[0], rounds[len(rounds)-1])
	}
	if runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) && !errors.Is(runErr, context.Canceled) {
		return runErr
	}
	return nil
}

// joinCommand is what participants type to connect.
func joinCommand(addr net.Addr) string {
	host, port, _ := net.SplitHostPort(addr.String())
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "THIS-MACHINE"
		if name, err := os.Hostname(); err == nil {
			host = name
		}
	}
	if port == "22" {
		return "ssh " + host
	}
	return "ssh -p " + port + " " + host
}
