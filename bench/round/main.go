// Command round plays a whole practice round of httpquiz in a pseudo-terminal,
// pressing keys like a hurried learner, and reports the program's peak memory.
//
//	round -count 10 -- ./httpquiz
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/httpquiz/httpquiz/bench/internal/pty"
)

func main() {
	count := flag.Int("count", 10, "questions in the round")
	runs := flag.Int("runs", 5, "rounds to play")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: round [-count N] [-runs N] -- httpquiz")
		os.Exit(2)
	}
	var peaks []int
	for i := range *runs {
		kb, answers, err := play(flag.Arg(0), *count, uint64(i+1))
		if err != nil {
			fmt.Fprintln(os.Stderr, "round:", err)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "round %d: %d answers, peak RSS %d KB\n", i+1, answers, kb)
		peaks = append(peaks, kb)
	}
	slices.Sort(peaks)
	fmt.Printf("peak_rss_mb median=%.1f max=%.1f rounds=%d count=%d\n",
		float64(peaks[len(peaks)/2])/1024, float64(peaks[len(peaks)-1])/1024, *runs, *count)
}

// play answers every question with 1 (right or wrong, retries included) until
// the results show, then reads the peak RSS while the program is still running.
func play(bin string, count int, seed uint64) (kb, answers int, err error) {
	env := append(os.Environ(), "TERM=xterm-256color")
	s, err := pty.Start([]string{bin, "practice", "--count", fmt.Sprint(count), "--seed", fmt.Sprint(seed)}, env, 80, 24)
	if err != nil {
		return 0, 0, err
	}
	defer s.Close()
	if _, err := s.WaitFor("Practice", 10*time.Second); err != nil {
		return 0, 0, err
	}
	for answers < 200 {
		s.Forget()
		s.Type("1")
		if _, err := s.WaitFor("Why", 5*time.Second); err != nil {
			return 0, answers, err
		}
		answers++
		s.Forget()
		s.Type("\r")
		_, which, err := s.WaitForAny(5*time.Second, "complete", "Score")
		if err != nil {
			return 0, answers, err
		}
		if which == "complete" {
			break
		}
	}
	kb, err = s.PeakRSS()
	return kb, answers, err
}
