//go:build race

package content

// raceFactor widens allocation bounds under the race detector, whose
// instrumentation allocates more than the code itself.
const raceFactor = 2
