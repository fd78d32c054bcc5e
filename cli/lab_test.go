package cli

import (
	"regexp"
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

// TestLabPredictThroughAPipe plays a predict round in plain mode: each
// question shows its request and curl line, and after each answer the real
// response, whose status line names the question's answer.
func TestLabPredictThroughAPipe(t *testing.T) {
	r := httpquiz(t, strings.Repeat("1\n", 12), "lab", "predict", "--count", "4", "--seed", "3", "--plain")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	questions := len(regexp.MustCompile(`(?m)^Question \d+ of \d+`).FindAllString(r.stdout, -1))
	answers := strings.Count(r.stdout, "What the lab answered:")
	if questions < 4 || answers < questions-1 || strings.Count(r.stdout, "Or: curl -i ") != questions {
		t.Fatalf("%d questions, %d responses:\n%s", questions, answers, r.stdout)
	}
	for _, block := range strings.Split(r.stdout, "What the lab answered:\n")[1:] {
		status, _, _ := strings.Cut(strings.TrimSpace(block), "\n")
		rest := block[strings.Index(block, "\nWhy "):]
		code := strings.TrimPrefix(strings.Fields(rest)[1], "")
		if !strings.Contains(status, strings.TrimSuffix(code, ":")) {
			t.Errorf("the lab answered %q, the key says %q", status, code)
		}
	}
}
