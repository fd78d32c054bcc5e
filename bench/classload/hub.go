package main

import (
	"runtime/debug"

	"github.com/httpquiz/httpquiz/workshop"
)

// What the harness asks of the hub, in one place.

func joined(h *workshop.Hub) int { return h.Snapshot(0).Here }

func phase(h *workshop.Hub) workshop.Phase { return h.Snapshot(0).Phase }

// limitMemory applies the server's memory limit, as serve does.
func limitMemory(players int) { debug.SetMemoryLimit(workshop.MemoryLimit(players)) }
