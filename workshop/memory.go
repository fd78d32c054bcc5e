package workshop

import "runtime/debug"

// Tune sets the garbage collector for a server holding up to players
// sessions. A room's live heap is small (some 40 KB a session) but it makes
// garbage fast while a whole room answers at once, and collecting at Go's
// default (when the heap doubles) cost a room of 1,000 a quarter of its CPU
// in that instant. So the heap may grow to five times what is live before a
// collection (some 200 MB for 1,000, measured), and a soft limit keeps it
// from growing past what the room needs: as the limit nears, the collector
// works harder instead. A room that truly needs more still gets it.
func Tune(players int) {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(MemoryLimit(players))
}

// gcPercent lets the heap grow to five times what is live.
const gcPercent = 400

// MemoryLimit is the soft memory limit for a server holding up to players
// sessions (for runtime/debug.SetMemoryLimit).
func MemoryLimit(players int) int64 {
	const base = 64 << 20        // the server, the catalogue, SQLite
	const perSession = 300 << 10 // a participant's session, its SSH connection included, with room to spare
	return base + int64(players)*perSession
}
