package cli

import (
	"context"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/lab"
	"github.com/httpquiz/httpquiz/plain"
	"github.com/httpquiz/httpquiz/present"
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
	"github.com/httpquiz/httpquiz/tui"
)

func newLabPredictCmd(env *env) *cobra.Command {
	var asPlain bool
	cmd := &cobra.Command{
		Use:   "predict",
		Short: "Predict the status of real requests, then see the lab's answer",
		Long: "Each question is a request written out in full, also as a curl command. Say which status " +
			"it will get; httpquiz then sends it to a lab of its own and shows the real response. " +
			"Review asks these questions too, for the codes that are due.",
		Example: "  httpquiz lab predict\n  httpquiz lab predict --count 20 --plain",
		Args:    noArgs,
	}
	count := countFlag(cmd, quiz.DefaultCount, "number of questions")
	seed := seedFlag(cmd, "seed for the questions: the same seed gives the same round")
	cmd.Flags().BoolVar(&asPlain, "plain", false, "plain lines of text instead of the full screen (automatic in a pipe)")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		if err := checkCount(*count, quiz.MaxCount); err != nil {
			return err
		}
		ctx := cmd.Context()
		live := newLabOnDemand(ctx)
		defer live.close()
		if _, err := live.link(); err != nil {
			return err
		}
		c, err := round.Builtin()
		if err != nil {
			return err
		}
		live.add(&c)
		spec := seeded(cmd, round.LabPredict(*count), *seed)
		if wanted, why := env.plainWanted(asPlain); wanted {
			return playPlain(ctx, env, c, spec, why, live.plain)
		}
		return runTUI(ctx, env, tui.Options{Start: tui.StartRound, Spec: spec, Predict: live.link}, &c)
	}
	return cmd
}

// labOnDemand is a lab of the process's own for lab questions (lab predict,
// and review), started on a loopback port the first time a round asks for
// it, and stopped by close.
type labOnDemand struct {
	ctx  context.Context
	once sync.Once
	lab  *lab.Lab
	url  string
	err  error
	stop context.CancelFunc
}

func newLabOnDemand(ctx context.Context) *labOnDemand { return &labOnDemand{ctx: ctx} }

// link starts the lab, once, and says where it listens.
func (d *labOnDemand) link() (tui.LabLink, error) {
	d.once.Do(func() {
		ln, err := lab.Listen("127.0.0.1:0", false)
		if err != nil {
			d.err = err
			return
		}
		var ctx context.Context
		ctx, d.stop = context.WithCancel(d.ctx)
		d.lab = lab.New(lab.Options{})
		d.url = "http://" + ln.Addr().String()
		go func() { _ = lab.Serve(ctx, d.lab, ln) }()
	})
	if d.err != nil {
		return tui.LabLink{}, d.err
	}
	return tui.LabLink{URL: d.url, Reset: d.lab.Reset}, nil
}

// add puts the lab's questions into c, for the rounds that ask them.
func (d *labOnDemand) add(c *round.Content) { c.Lab = lab.Predictions() }

// plain gives plain mode the lab, when it can be started: each lab question
// is asked of it as it comes, reset first, and its curl line names it.
func (d *labOnDemand) plain(o *plain.Options) {
	link, err := d.link()
	if err != nil {
		return
	}
	o.LabURL = link.URL
	o.Exchange = func(r content.Request) ([]string, error) {
		link.Reset()
		ctx, cancel := context.WithTimeout(d.ctx, 10*time.Second)
		defer cancel()
		res, err := lab.Send(ctx, link.URL, r)
		if err != nil {
			return nil, err
		}
		return present.ResponseLines(res.Line, res.Header, res.Body), nil
	}
}

// close stops the lab, if it was started.
func (d *labOnDemand) close() {
	if d.stop != nil {
		d.stop()
	}
	if d.lab != nil {
		d.lab.Close()
	}
}
