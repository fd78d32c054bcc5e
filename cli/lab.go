package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/lab"
	"github.com/httpquiz/httpquiz/store"
	"github.com/httpquiz/httpquiz/tui"
)

func newLabCmd(env *env) *cobra.Command {
	var listen string
	var public bool
	cmd := &cobra.Command{
		Use:   "lab",
		Short: "A real HTTP API to make every status code happen",
		Long: "The lab is a small HTTP API inside httpquiz: users, sessions, notes with ETags, export jobs, " +
			"a rate-limited search, redirects, a handler that fails and a gateway with a misbehaving upstream. " +
			"Call it with curl, httpie or a browser from another terminal: each quest ticks off the moment " +
			"the lab answers its code.",
		Example: "  httpquiz lab\n  httpquiz lab routes\n  httpquiz lab serve --listen 127.0.0.1:9000",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := interactive(env); err != nil {
				return err
			}
			ln, err := lab.Listen(listen, public)
			if err != nil {
				return usageError{err}
			}
			return runLab(cmd.Context(), env, ln)
		},
	}
	listenFlags(cmd, &listen, &public)
	cmd.AddCommand(newLabServeCmd(env), newLabRoutesCmd(env), newLabQuestsCmd(env), newLabPredictCmd(env))
	return cmd
}

// runLab serves the lab on ln behind its quests screen, keeping the quests
// met with the learner's progress.
func runLab(ctx context.Context, env *env, ln net.Listener) error {
	progress, progressErr := progressFor(env)
	q := serveQuests(ctx, progress, ln)
	err := runTUI(ctx, env, tui.Options{Start: tui.StartLab, Lab: q.view, Progress: progress, ProgressErr: progressErr}, nil)
	if cerr := q.close(); err == nil {
		err = cerr
	}
	return err
}

// questLab is a lab served for the quests screen: its requests reach the
// screen as they are answered, and the quests met are kept with progress.
type questLab struct {
	lab    *lab.Lab
	view   *tui.LabView
	stop   context.CancelFunc
	served chan error
}

func serveQuests(ctx context.Context, progress *store.Lazy, ln net.Listener) *questLab {
	entries := make(chan lab.Entry, 4096)
	l := lab.New(lab.Options{Observe: func(e lab.Entry) {
		select {
		case entries <- e:
		default: // a flood the screen cannot draw: the quests still count it, through Seen
		}
	}})
	ctx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- lab.Serve(ctx, l, ln) }()

	url := "http://" + ln.Addr().String()
	view := &tui.LabView{URL: url, Entries: entries, Seen: l.Seen, Reset: l.Reset}
	if progress != nil {
		view.Met = func() (map[int]time.Time, error) {
			s, err := progress.Get()
			if err != nil {
				return nil, err
			}
			_ = s.StartLab(ctx, url, time.Now())
			return s.MetQuests(ctx)
		}
		view.Meet = func(code int, at time.Time) error {
			s, err := progress.Get()
			if err != nil {
				return err
			}
			return s.MeetQuest(ctx, code, at)
		}
	}
	return &questLab{lab: l, view: view, stop: stop, served: served}
}

// close stops the lab, and says why it stopped if not because it was asked.
func (q *questLab) close() error {
	q.stop()
	err := <-q.served
	q.lab.Close()
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// questsOnDemand is the lab that the menu's quests screen opens: started on a
// loopback port the first time it is asked for, stopped by close. open runs
// as a command, so two quick presses may ask at once.
type questsOnDemand struct {
	ctx      context.Context
	progress *store.Lazy
	mu       sync.Mutex
	quests   *questLab
}

func (d *questsOnDemand) open() (*tui.LabView, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.quests == nil {
		ln, err := lab.Listen("127.0.0.1:0", false)
		if err != nil {
			return nil, err
		}
		d.quests = serveQuests(d.ctx, d.progress, ln)
	}
	return d.quests.view, nil
}

func (d *questsOnDemand) close() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.quests != nil {
		_ = d.quests.close()
	}
}

func newLabQuestsCmd(env *env) *cobra.Command {
	var url string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "quests",
		Short: "Show which quests a running lab has met",
		Long:  "Ask a running lab (--url, or else the last lab this user ran) which quests it has met.",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if url == "" {
				url = lastLab(cmd.Context(), env)
			}
			if url == "" {
				return usagef("no lab has run here yet: start one with httpquiz lab, or give --url")
			}
			states, err := fetchQuests(cmd.Context(), url)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(env.stdout, states)
			}
			met := 0
			for _, q := range states {
				mark := " "
				if q.Met != nil {
					mark, met = "✓", met+1
				}
				fmt.Fprintf(env.stdout, "%s %d  %s\n", mark, q.Code, content.Printable(q.Ask, 120))
			}
			_, err = fmt.Fprintf(env.stdout, "\n%d of %d quests met at %s\n", met, len(states), content.Printable(url, 200))
			return err
		},
	}
	cmd.Flags().StringVar(&url, "url", "", "the lab's address (default: the last lab this user ran)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the quests as JSON")
	return cmd
}

// lastLab is where this user's last lab listened, or "".
func lastLab(ctx context.Context, env *env) string {
	progress, err := progressFor(env)
	if err != nil || progress == nil {
		return ""
	}
	defer progress.Close()
	s, err := progress.Get()
	if err != nil {
		return ""
	}
	url, _, _ := s.LastLab(ctx)
	return url
}

// fetchQuests asks a lab for its quests, reading at most a bounded answer.
func fetchQuests(ctx context.Context, url string) ([]lab.QuestState, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(url, "/")+"/quests", nil)
	if err != nil {
		return nil, usagef("--url %q: %v", url, err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("no lab answers at %s: is it running?", content.Printable(url, 200))
	}
	defer res.Body.Close()
	var states []lab.QuestState
	if res.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(res.Body, 1<<20)).Decode(&states) != nil {
		return nil, fmt.Errorf("%s did not answer as a lab does (%s)", content.Printable(url, 200), res.Status)
	}
	return states, nil
}

func newLabServeCmd(env *env) *cobra.Command {
	var listen string
	var public bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run only the lab's API, logging every request",
		Long: "Run the lab's API and log every request to standard output in the common log format. " +
			"It listens on this machine only unless --public is given with another address.",
		Example: "  httpquiz lab serve\n  httpquiz lab serve --listen 127.0.0.1:9000\n" +
			"  httpquiz lab serve --listen 0.0.0.0:8080 --public   # a workshop room",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ln, err := lab.Listen(listen, public)
			if err != nil {
				return usageError{err}
			}
			out := env.stdout
			l := lab.New(lab.Options{
				Observe: func(e lab.Entry) { _ = lab.WriteCommonLog(out, e) },
				Log:     slog.New(slog.NewTextHandler(env.stderr, nil)),
			})
			defer l.Close()
			fmt.Fprintf(env.stderr, "httpquiz lab: listening on http://%s (ctrl+c stops it; httpquiz lab routes lists what to call)\n", ln.Addr())
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return lab.Serve(ctx, l, ln)
		},
	}
	listenFlags(cmd, &listen, &public)
	return cmd
}

// listenFlags are where a lab listens, and whether that may be public.
func listenFlags(cmd *cobra.Command, listen *string, public *bool) {
	cmd.Flags().StringVar(listen, "listen", lab.DefaultAddr, "address to listen on")
	cmd.Flags().BoolVar(public, "public", false, "allow an address other machines can reach")
}

func newLabRoutesCmd(env *env) *cobra.Command {
	return &cobra.Command{
		Use:   "routes",
		Short: "List the lab's routes and the codes each can answer",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			w := tabwriter.NewWriter(env.stdout, 2, 4, 2, ' ', 0)
			for _, r := range lab.Routes() {
				fmt.Fprintf(w, "%s\t%s\t%s\n", r.Method, r.Path, joinInts(r.Codes))
				fmt.Fprintf(w, "\t\t  %s\n", r.Does)
			}
			fmt.Fprintf(w, "any\tany\t%s\n\t\t  %s\n", joinInts(lab.Anywhere),
				fmt.Sprintf("a path no route has, a body over %d KB, header fields over %d KB", lab.MaxBody>>10, lab.MaxHeader>>10))
			if err := w.Flush(); err != nil {
				return err
			}
			_, err := fmt.Fprintf(env.stdout, "\nThe lab starts with the users %s (password %q, token %q) and %s (%q, %q),\n"+
				"note 1, which anyone may read, and note 2, which only %s may. Send a token as Authorization: Bearer TOKEN.\n",
				lab.DemoEmail, lab.DemoPassword, lab.DemoToken, lab.EveEmail, lab.EvePassword, lab.EveToken, lab.DemoEmail)
			return err
		},
	}
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, " ")
}
