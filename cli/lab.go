package cli

import (
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/lab"
)

func newLabCmd(env *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "lab",
		Short: "A real HTTP API to make every status code happen",
		Long: "The lab is a small HTTP API inside httpquiz: users, sessions, notes with ETags, export jobs, " +
			"a rate-limited search, redirects, a handler that fails and a gateway with a misbehaving upstream. " +
			"Call it with curl, httpie or a browser and see each code in a real response.",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newLabServeCmd(env), newLabRoutesCmd(env))
	return cmd
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
	cmd.Flags().StringVar(&listen, "listen", lab.DefaultAddr, "address to listen on")
	cmd.Flags().BoolVar(&public, "public", false, "allow an address other machines can reach")
	return cmd
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
			_, err := fmt.Fprintf(env.stdout, "\nThe lab starts with the user %s (password %q) and notes 1 (public) and 2 (%s's only).\n",
				lab.DemoEmail, lab.DemoPassword, lab.DemoEmail)
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
