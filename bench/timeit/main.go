// Command timeit runs a command several times and prints the median, 10th and
// 90th percentile wall-clock times, for the benchmark script.
//
//	timeit -runs 11 -name stats -- httpquiz stats
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"time"
)

func main() {
	runs := flag.Int("runs", 11, "number of runs")
	name := flag.String("name", "", "label")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: timeit [-runs N] [-name L] -- command [args]")
		os.Exit(2)
	}
	var ds []time.Duration
	for range *runs {
		cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
		cmd.Stdout, cmd.Stderr = nil, os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "timeit:", err)
			os.Exit(1)
		}
		ds = append(ds, time.Since(start))
	}
	slices.Sort(ds)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	fmt.Printf("%-28s runs=%d median=%.1fms p10=%.1fms p90=%.1fms\n", *name, *runs,
		ms(ds[len(ds)/2]), ms(ds[(len(ds)-1)/10]), ms(ds[(len(ds)-1)*9/10]))
}
