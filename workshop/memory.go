package workshop

// MemoryLimit is the soft memory limit for a server holding up to players
// sessions (for runtime/debug.SetMemoryLimit). Without one, Go lets the heap
// grow to twice what is live before collecting, and a room of 200 held twice
// the memory it used; with it, the collector works harder as the limit nears
// instead. It is soft: a room that truly needs more still gets it.
func MemoryLimit(players int) int64 {
	const base = 64 << 20         // the server, the catalogue, SQLite
	const perSession = 1200 << 10 // a participant's session, measured with its renderer
	return base + int64(players)*perSession
}
