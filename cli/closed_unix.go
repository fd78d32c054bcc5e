//go:build unix

package cli

import (
	"os"

	"golang.org/x/sys/unix"
)

// closedAtStart reports whether f was closed when httpquiz started. The Go
// runtime opens /dev/null read-write in place of a closed standard stream;
// a shell's "> /dev/null" opens it write-only, and is honored as asked.
func closedAtStart(f *os.File) bool {
	flags, err := unix.FcntlInt(f.Fd(), unix.F_GETFL, 0)
	if err != nil || flags&unix.O_ACCMODE != unix.O_RDWR {
		return false
	}
	var st, null unix.Stat_t
	if unix.Fstat(int(f.Fd()), &st) != nil || unix.Stat(os.DevNull, &null) != nil {
		return false
	}
	return st.Mode&unix.S_IFMT == unix.S_IFCHR && st.Rdev == null.Rdev
}
