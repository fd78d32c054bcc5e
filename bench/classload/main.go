// Command classload measures the classroom server under load: it serves a
// round on loopback, starts N participants as real SSH clients in a second
// process, and plays a whole round. It reports how long the room took to
// join and how many sessions it held, the answers given and stored, the
// latency from a participant's key press to the screen acknowledging it
// (median, p99, max), the server's memory, and its CPU time per answer.
//
//	classload -players 1000 -questions 10 -think 3s
//	classload -players 1000 -questions 10 -think 0   (all answer at once)
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"time"
)

func main() {
	players := flag.Int("players", 200, "participants")
	questions := flag.Int("questions", 10, "questions in the round")
	clientAddr := flag.String("clients", "", "internal: run the participants against this address")
	profile := flag.String("cpuprofile", "", "write the server's CPU profile here")
	memprofile := flag.String("memprofile", "", "write the server's heap profile here, taken with every session in")
	think := flag.Duration("think", 0, "participants answer after a random time up to this (0: at once, all together)")
	reveal := flag.Duration("reveal", 2*time.Second, "how long each answer stays shown before the next question")
	spacing := flag.Duration("spacing", 10*time.Millisecond, "time between two participants' connections (10 ms: a room of 1,000 arrives in 10 s)")
	flag.Parse()
	if *profile != "" && *clientAddr == "" {
		f, err := os.Create(*profile)
		if err == nil {
			_ = pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	var err error
	if *clientAddr != "" {
		err = runClients(*clientAddr, *players, *questions, *think, *spacing)
	} else {
		err = runServer(serverRun{players: *players, questions: *questions, think: *think, reveal: *reveal, spacing: *spacing,
			memprofile: *memprofile})
	}
	if err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "classload:", err)
		os.Exit(1)
	}
}
