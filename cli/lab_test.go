package cli

import (
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/lab"
)

func TestLabRoutesAndSafety(t *testing.T) {
	r := httpquiz(t, "", "lab", "routes")
	if r.code != 0 || !strings.Contains(r.stdout, "POST    /users") || !strings.Contains(r.stdout, lab.DemoEmail) {
		t.Errorf("lab routes: exit %d\n%s", r.code, r.stdout)
	}
	for _, route := range lab.Routes() {
		if !strings.Contains(r.stdout, route.Path) {
			t.Errorf("lab routes leaves out %s", route.Path)
		}
	}
	r = httpquiz(t, "", "lab", "serve", "--listen", "0.0.0.0:0")
	if r.code != 2 || !strings.Contains(r.stderr, "--public") {
		t.Errorf("a public address without --public: exit %d, %q", r.code, r.stderr)
	}
}
