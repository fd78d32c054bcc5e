//go:build !unix

package cli

import "os"

// closedAtStart cannot tell a closed stream here; writes that fail still do.
func closedAtStart(*os.File) bool { return false }
