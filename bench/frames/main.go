// Command frames measures how fast a terminal program shows its first frame,
// and how fast it answers a key press, either in tmux (through a control-mode
// client that reports pane output as it happens) or in a bare pseudo-terminal
// whose harness answers the queries a real terminal would.
//
//	frames -mode tmux -runs 15 -marker Practice -key Down -- ./httpquiz
//
// It prints one line: name, mode, runs, then the median, 10th and 90th
// percentile of the time to first frame and of the key-press latency, in ms.
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/httpquiz/httpquiz/bench/internal/pty"
)

type envList []string

func (e *envList) String() string     { return strings.Join(*e, ",") }
func (e *envList) Set(v string) error { *e = append(*e, v); return nil }

func main() {
	mode := flag.String("mode", "tmux", "tmux or pty")
	runs := flag.Int("runs", 15, "number of runs")
	marker := flag.String("marker", "", "text that shows the first frame has arrived (one word)")
	key := flag.String("key", "", "a key to press after the first frame, for the latency figure (tmux key name, e.g. Down)")
	name := flag.String("name", "", "label for the output line")
	cols := flag.Int("cols", 100, "terminal width")
	rows := flag.Int("rows", 30, "terminal height")
	var extraEnv envList
	flag.Var(&extraEnv, "env", "KEY=VALUE for the program (repeatable)")
	flag.Parse()
	cmdline := flag.Args()
	if len(cmdline) == 0 || *marker == "" {
		fmt.Fprintln(os.Stderr, "usage: frames [flags] -marker WORD -- command [args]")
		os.Exit(2)
	}
	if *name == "" {
		*name = cmdline[0]
	}
	firsts, keys, err := measure(*mode, cmdline, extraEnv, *marker, *key, *cols, *rows, *runs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "frames:", err)
		os.Exit(1)
	}
	fmt.Printf("%-28s %-5s runs=%d first_ms median=%.1f p10=%.1f p90=%.1f", *name, *mode, *runs,
		ms(pct(firsts, 50)), ms(pct(firsts, 10)), ms(pct(firsts, 90)))
	if len(keys) > 0 {
		fmt.Printf(" key_ms median=%.1f p90=%.1f", ms(pct(keys, 50)), ms(pct(keys, 90)))
	}
	fmt.Println()
}

func measure(mode string, cmdline, extraEnv []string, marker, key string, cols, rows, runs int) (firsts, keys []time.Duration, err error) {
	env := append(os.Environ(), extraEnv...)
	var tm *tmuxServer
	if mode == "tmux" {
		if tm, err = startTmux(cols, rows); err != nil {
			return nil, nil, err
		}
		defer tm.close()
	} else {
		env = append(env, "TERM=xterm-256color")
	}
	for range runs {
		var first, lat time.Duration
		if mode == "tmux" {
			first, lat, err = tm.run(cmdline, extraEnv, marker, key)
		} else {
			first, lat, err = pty.Run(cmdline, env, marker, ptyKey(key), cols, rows)
		}
		if err != nil {
			return nil, nil, err
		}
		firsts = append(firsts, first)
		if key != "" {
			keys = append(keys, lat)
		}
	}
	return firsts, keys, nil
}

// ptyKey turns a tmux key name into the bytes a terminal sends for it.
func ptyKey(k string) string {
	switch k {
	case "":
		return ""
	case "Down":
		return "\x1b[B"
	case "Up":
		return "\x1b[A"
	case "Enter":
		return "\r"
	}
	return k
}

func pct(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[(len(s)-1)*p/100]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
