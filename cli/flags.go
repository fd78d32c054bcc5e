package cli

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/httpquiz/httpquiz/round"
)

// secondsFlag is a time span given as whole seconds ("20") or as a duration
// ("20s", "2m").
type secondsFlag struct{ d *time.Duration }

func (f secondsFlag) String() string {
	if f.d == nil {
		return ""
	}
	return f.d.String()
}

// longestSpan bounds any span a flag takes, far above every limit a
// command sets, so that a huge number is refused as it is read, never
// overflowed into a nonsense duration.
const longestSpan = 7 * 24 * time.Hour

func (f secondsFlag) Set(s string) error {
	d, err := time.ParseDuration(s)
	if n, nerr := strconv.ParseUint(s, 10, 64); nerr == nil || errors.Is(nerr, strconv.ErrRange) {
		// Whole seconds, counted no further than the bound.
		d, err = time.Duration(min(n, uint64(longestSpan/time.Second)+1))*time.Second, nil
	}
	switch {
	case err != nil:
		return fmt.Errorf("want seconds (20) or a duration (20s, 2m), at most a week (168h)")
	case d > longestSpan:
		return fmt.Errorf("too long: want at most a week (168h)")
	}
	*f.d = d
	return nil
}

func (f secondsFlag) Type() string { return "seconds" }

// seedFlag adds --seed: the seed policy of every round, in one place. The
// same seed gives the same round; without one, each round draws its own.
func seedFlag(cmd *cobra.Command, usage string) *uint64 {
	seed := new(uint64)
	cmd.Flags().Uint64Var(seed, "seed", 0, usage+" (random if unset)")
	return seed
}

// seeded fixes a round's seed when --seed was given.
func seeded(cmd *cobra.Command, spec round.Spec, seed uint64) round.Spec {
	if cmd.Flags().Changed("seed") {
		return spec.WithSeed(seed)
	}
	return spec
}

// countFlag adds --count, the number of questions.
func countFlag(cmd *cobra.Command, def int, usage string) *int {
	count := new(int)
	cmd.Flags().IntVar(count, "count", def, usage)
	return count
}

// checkCount refuses a number of questions outside 1 to most.
func checkCount(n, most int) error {
	if n < 1 || n > most {
		return usagef("--count %d: want 1 to %d", n, most)
	}
	return nil
}
