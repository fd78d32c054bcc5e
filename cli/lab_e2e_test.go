package cli

import (
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpquiz/httpquiz/lab"
)

// curlCore is what a learner might type in a second terminal to make the lab
// answer each of the 17 core codes, as curl calls.
const curlCore = `set -u
B=$1
J='Content-Type: application/json'
curl -s -o /dev/null "$B/notes"
curl -s -o /dev/null -X POST "$B/users" -H "$J" -d '{"email":"ada@example.com","password":"pw"}'
curl -s -o /dev/null -X POST "$B/users" -H "$J" -d '{"email":"ada@example.com","password":"pw"}'
curl -s -o /dev/null -X POST "$B/users" -H "$J" -d '{"password":"x"}'
curl -s -o /dev/null -X POST "$B/users" -H "$J" -d '{"email":"nope","password":"x"}'
TOKEN=$(curl -s -X POST "$B/login" -H "$J" -d '{"email":"ada@example.com","password":"pw"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$B/notes/2"
curl -s -o /dev/null "$B/me"
curl -s -o /dev/null "$B/notes/999"
ID=$(curl -s -X POST "$B/notes" -H "Authorization: Bearer $TOKEN" -H "$J" -d '{"title":"mine"}' | sed 's/.*"id":\([0-9]*\).*/\1/')
curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $TOKEN" "$B/notes/$ID"
curl -s -o /dev/null "$B/old/notes/1"
curl -s -o /dev/null "$B/latest"
ETAG=$(curl -s -D - -o /dev/null "$B/notes/1" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
curl -s -o /dev/null -H "If-None-Match: $ETAG" "$B/notes/1"
for i in 1 2 3 4 5 6; do curl -s -o /dev/null "$B/search?q=lab"; done
curl -s -o /dev/null "$B/crash"
curl -s -o /dev/null "$B/gateway/garbage"
curl -s -o /dev/null "$B/gateway/maintenance"
curl -s -o /dev/null "$B/gateway/slow"
echo curled
`

// TestEndToEndLab: the lab's screen runs in one tmux window and curl in
// another, as a learner would have them; every core quest ticks off, and
// httpquiz lab quests, asked while the lab runs, agrees.
func TestEndToEndLab(t *testing.T) {
	needTmux(t)
	if _, err := exec.LookPath("curl"); err != nil {
		if os.Getenv("HTTPQUIZ_REQUIRE_TMUX") != "" {
			t.Fatal("curl is required for the lab's end-to-end test and is not installed")
		}
		t.Skip("curl is not installed")
	}
	bin := buildBinary(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	term := startTerminal(t, 80, 24, bin, "lab", "--listen", addr)
	term.waitFor("the lab", func(s string) bool { return strings.Contains(s, "Core codes 0 of 17") })

	// Asking which quests are met is bookkeeping: it is logged, and it meets
	// no quest, though the lab answered it with a 200.
	quests := exec.Command(bin, "lab", "quests", "--url", "http://"+addr)
	if out, err := quests.CombinedOutput(); err != nil {
		t.Fatalf("lab quests: %v\n%s", err, out)
	}
	s := term.waitFor("the quest list in the log", func(s string) bool { return strings.Contains(s, "GET /quests") })
	if !strings.Contains(s, "Core codes 0 of 17") || !strings.Contains(s, "· 200") {
		t.Errorf("reading the quest list met a quest:\n%s", s)
	}

	script := filepath.Join(t.TempDir(), "curl.sh")
	if err := os.WriteFile(script, []byte(curlCore), 0o600); err != nil {
		t.Fatal(err)
	}
	term.tmux("new-window", "-d", "-t", "e2e", "-n", "curl", "sh "+script+" http://"+addr+"; sleep 600")
	s = term.waitFor("every core quest met", func(s string) bool { return strings.Contains(s, "Core codes 17 of 17") })
	t.Logf("the lab after curl:\n%s", s)

	cmd := exec.Command(bin, "lab", "quests", "--json") // the last lab of this user: no --url
	cmd.Env = append(os.Environ(), "HTTPQUIZ_DB="+term.db)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("lab quests: %v", err)
	}
	var states []lab.QuestState
	if err := json.Unmarshal(out, &states); err != nil {
		t.Fatal(err)
	}
	for _, q := range states {
		if q.Core && q.Met == nil {
			t.Errorf("lab quests says %d is not met", q.Code)
		}
	}
	term.keys("q")
	term.waitFor("a clean exit", func(s string) bool { return strings.Contains(s, "exit status 0") })
}
