package cli

import "runtime/debug"

// version reports the module version for `go install`ed builds, and "devel"
// with the commit, when known, for builds from a checkout.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 7 {
			return "devel (" + s.Value[:7] + ")"
		}
	}
	return "devel"
}
