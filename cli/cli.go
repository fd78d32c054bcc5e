// Package cli is httpquiz's command line: one file per command, the flags,
// the environment, the exit codes. It builds rounds with package round and
// hands them to a face: the full screen (tui), plain lines (plain) or the
// classroom (workshop).
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/theme"
	"github.com/httpquiz/httpquiz/tui"
)

// Exit codes, as documented in the README.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// Main runs the command line args and returns the process exit code.
func Main(ctx context.Context, args []string) int { return run(ctx, args, newEnv()) }

// run executes one command line and returns the process exit code.
func run(ctx context.Context, args []string, env *env) int {
	out := &checkedWriter{w: env.stdout}
	env.stdout = out
	root := newRootCmd(env)
	root.SetArgs(args)
	root.SetIn(env.stdin)
	root.SetOut(env.stdout)
	root.SetErr(env.stderr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(version()),
		fang.WithErrorHandler(printError),
	)
	if err == nil && out.err != nil {
		// Output nobody received is a failure, as for any Unix tool.
		_, _ = fmt.Fprintln(env.stderr, "httpquiz: cannot write the output:", out.err)
		return exitError
	}
	return exitCode(err)
}

// checkedWriter remembers the first error writing to standard output, so
// that output lost to a closed or full stream fails the command.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

func newRootCmd(env *env) *cobra.Command {
	var goal int
	root := &cobra.Command{
		Use:   "httpquiz",
		Short: "Learn HTTP status codes in your terminal",
		Long: "httpquiz teaches HTTP status codes: every code registered with IANA, " +
			"a bank of scenario questions, and the distinctions people mix up, such as 401 versus 403.",
		Example: "  httpquiz                 # the menu\n  httpquiz practice\n  httpquiz drill auth\n" +
			"  httpquiz explain 403\n  httpquiz codes --core",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if goal < 1 || goal > 1000 {
				return usagef("--goal %d: want 1 to 1000 answers a day", goal)
			}
			return runTUI(cmd.Context(), env, tui.Options{Start: tui.StartMenu, Goal: goal}, nil)
		},
	}
	root.Flags().IntVar(&goal, "goal", round.DefaultGoal, "the daily goal on the Today card, in answers")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentFlags().StringVar(&env.db, "db", "",
		"progress database (default $HTTPQUIZ_DB, else $XDG_STATE_HOME/httpquiz/progress.db)")
	root.PersistentFlags().StringVar(&env.theme, "theme", "default", "colors: default (matched to the terminal's background) or high-contrast")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if _, ok := theme.Themes[env.theme]; !ok {
			return usagef("--theme %q: want default or high-contrast", env.theme)
		}
		return nil
	}
	root.AddCommand(newPracticeCmd(env), newDrillCmd(env), newTimedCmd(env), newReviewCmd(env), newBrowseCmd(env),
		newServeCmd(env), newResultsCmd(env), newStatsCmd(env), newExportCmd(env), newResetCmd(env),
		newCodesCmd(env), newExplainCmd(env), newDeckCmd(env), newLabCmd(env))
	return root
}

// usageError marks a mistake in the command line itself: exit code 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// reportedError is a failure whose details the command has already printed;
// only the exit code is left to give.
type reportedError struct{ code int }

func (e reportedError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// noArgs rejects stray words, naming them as an unknown command.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("unknown command %q for %q", args[0], cmd.CommandPath())
	}
	return nil
}

// wantArgs wraps a cobra argument check so that its failure is a usage error.
func wantArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func exitCode(err error) int {
	var usage usageError
	var reported reportedError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &reported):
		return reported.code
	case errors.As(err, &usage), strings.HasPrefix(err.Error(), "unknown command"):
		return exitUsage
	}
	return exitError
}

// printError writes one line to stderr: what went wrong and, for a usage
// error, where to look.
func printError(w io.Writer, _ fang.Styles, err error) {
	var reported reportedError
	if errors.As(err, &reported) {
		return
	}
	msg := "httpquiz: " + err.Error()
	if exitCode(err) == exitUsage {
		msg += " (see 'httpquiz --help')"
	}
	_, _ = fmt.Fprintln(w, msg)
}
