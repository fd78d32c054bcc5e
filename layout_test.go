package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/httpquiz/httpquiz/"

// packages lists the module's packages with their direct imports and all
// their dependencies, as the go tool sees them.
func packages(t *testing.T) (imports, deps map[string][]string) {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}|{{join .Imports \" \"}}|{{join .Deps \" \"}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	imports, deps = map[string][]string{}, map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		parts := strings.Split(line, "|")
		name := strings.TrimPrefix(parts[0], module)
		imports[name], deps[name] = strings.Fields(parts[1]), strings.Fields(parts[2])
	}
	return imports, deps
}

// terminal reports whether an import path draws on a terminal or a CLI.
func terminal(path string) bool {
	for _, prefix := range []string{"charm.land/", "github.com/charmbracelet/", "golang.org/x/term", "github.com/spf13/",
		module + "tui", module + "plain", module + "workshop", module + "theme", module + "cli"} {
		if strings.HasPrefix(path, prefix) {
			return true
		}
	}
	return false
}

// TestImportDirections checks the layout of ARCHITECTURE.md: the engine and
// the round know no terminal, no face imports another, and only the command
// line brings the faces together (the benchmark harnesses aside).
func TestImportDirections(t *testing.T) {
	imports, deps := packages(t)
	for _, pkg := range []string{"content", "quiz", "round", "present", "store", "lab"} {
		if _, ok := deps[pkg]; !ok {
			t.Fatalf("package %s not found", pkg)
		}
		for _, d := range deps[pkg] {
			if terminal(d) {
				t.Errorf("%s depends on %s: it must stay free of terminal code", pkg, d)
			}
		}
	}
	faces := []string{"tui", "plain", "workshop"}
	for _, face := range faces {
		for _, other := range faces {
			if other != face && slices.Contains(deps[face], module+other) {
				t.Errorf("face %s depends on face %s", face, other)
			}
		}
	}
	for pkg, list := range imports {
		for _, imp := range list {
			name := strings.TrimPrefix(imp, module)
			if slices.Contains(faces, name) && pkg != "cli" && !strings.HasPrefix(pkg, "bench/") {
				t.Errorf("%s imports the face %s: only cli may", pkg, name)
			}
			if name == "cli" && pkg != "github.com/httpquiz/httpquiz" {
				t.Errorf("%s imports cli: only main may", pkg)
			}
		}
	}
}
