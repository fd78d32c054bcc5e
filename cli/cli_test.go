package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type result struct {
	code           int
	stdout, stderr string
}

// httpquiz runs one command line in-process with stdin given and outputs captured.
func httpquiz(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut}
	code := run(context.Background(), args, e)
	return result{code, out.String(), errOut.String()}
}

func TestExplain(t *testing.T) {
	for query, title := range map[string]string{
		"401": "401 Unauthorized", "forbidden": "403 Forbidden", "payload too large": "413 Content Too Large",
		"Request-URI Too Long": "414 URI Too Long", "teapot": "418 (Unused)",
	} {
		r := httpquiz(t, "", append([]string{"explain"}, strings.Fields(query)...)...)
		if r.code != 0 || !strings.HasPrefix(r.stdout, title+"\n") {
			t.Errorf("explain %s: exit %d, output starts %q", query, r.code, firstLine(r.stdout))
		}
		if strings.Contains(r.stdout, "\x1b[") {
			t.Errorf("explain %s: escape codes in a pipe", query)
		}
	}
	r := httpquiz(t, "", "explain", "401")
	for _, want := range []string{"RFC 9110, Section 15.5.2", "WWW-Authenticate", "Often confused with", "403 Forbidden"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explain 401 lacks %q", want)
		}
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if len([]rune(line)) > 80 || strings.HasSuffix(line, " ") {
			t.Errorf("line too long or with trailing space: %q", line)
		}
	}
}

func firstLine(s string) string { return strings.SplitN(s, "\n", 2)[0] }

func TestExplainUnknown(t *testing.T) {
	r := httpquiz(t, "", "explain", "427")
	if r.code != 1 || r.stdout != "" {
		t.Fatalf("exit %d, stdout %q", r.code, r.stdout)
	}
	want := "httpquiz: no status code matches \"427\"; did you mean 426 Upgrade Required, 428 Precondition Required, 425 Too Early?\n"
	if r.stderr != want {
		t.Errorf("stderr %q\nwant   %q", r.stderr, want)
	}
	if r := httpquiz(t, "", "explain", "forbiden"); r.code != 1 || !strings.Contains(r.stderr, "403 Forbidden") {
		t.Errorf("a misspelt name should suggest 403: %q", r.stderr)
	}
	if r := httpquiz(t, "", "explain"); r.code != 2 {
		t.Errorf("explain without a code: exit %d, want 2", r.code)
	}
}

func TestCodes(t *testing.T) {
	r := httpquiz(t, "", "codes", "--core")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.code != 0 || len(lines) != 19 || !strings.HasPrefix(lines[0], "* 200 OK") {
		t.Fatalf("codes --core: exit %d, %d lines:\n%s", r.code, len(lines), r.stdout)
	}
	r = httpquiz(t, "", "codes", "--class", "5XX")
	if !strings.Contains(r.stdout, "511 Network Authentication Required") || strings.Contains(r.stdout, "404 Not Found") {
		t.Errorf("codes --class 5XX:\n%s", r.stdout)
	}
	if r := httpquiz(t, "", "codes"); !strings.Contains(r.stdout, "64 codes") {
		t.Errorf("codes: want every code listed, got footer %q", r.stdout[max(0, len(r.stdout)-40):])
	}
}

// TestCodesSeenInTheWild: explain knows them and says in words that they
// are not registered; codes lists them only with --wild, and its JSON says
// which entries are registered.
func TestCodesSeenInTheWild(t *testing.T) {
	r := httpquiz(t, "", "explain", "499")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "499 Client Closed Request\n") ||
		!strings.Contains(r.stdout, "Not registered with IANA: nginx") || !strings.Contains(r.stdout, "Esri") {
		t.Errorf("explain 499: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := httpquiz(t, "", "explain", "--json", "522"); !strings.Contains(r.stdout, `"registered": false`) || !strings.Contains(r.stdout, `"source": "Cloudflare"`) {
		t.Errorf("explain --json 522:\n%s", r.stdout)
	}
	plain, wild := httpquiz(t, "", "codes"), httpquiz(t, "", "codes", "--wild")
	if strings.Contains(plain.stdout, "499") || !strings.Contains(wild.stdout, "~ 499 Client Closed Request") {
		t.Errorf("codes lists the wild ones, or --wild does not:\n%s", wild.stdout)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(httpquiz(t, "", "codes", "--json", "--wild").stdout), &rows); err != nil {
		t.Fatal(err)
	}
	registered := 0
	for _, row := range rows {
		if row["registered"] == true {
			registered++
		} else if row["registered"] != false || row["source"] == nil {
			t.Errorf("%v: registered %v, source %v", row["code"], row["registered"], row["source"])
		}
	}
	if registered != 64 || len(rows) < 64+20 {
		t.Errorf("%d entries, %d registered", len(rows), registered)
	}
}

func TestCodesJSON(t *testing.T) {
	r := httpquiz(t, "", "codes", "--json", "--class", "4xx")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil || r.code != 0 {
		t.Fatalf("exit %d, %v", r.code, err)
	}
	if len(rows) != 29 {
		t.Errorf("%d 4xx codes, want 29", len(rows))
	}
	for _, key := range []string{"code", "name", "aliases", "class", "spec", "summary", "core"} {
		if _, ok := rows[0][key]; !ok {
			t.Errorf("JSON rows lack %q", key)
		}
	}
	if aliases, ok := rows[0]["aliases"].([]any); !ok || aliases == nil {
		t.Errorf("aliases should be an array, got %v", rows[0]["aliases"])
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"bogus"}, {"--bogus"}, {"codes", "--class", "9xx"}, {"codes", "extra"},
		{"deck", "export", "--format", "xml"}, {"deck", "check"}, {"deck", "nope"},
	} {
		r := httpquiz(t, "", args...)
		if r.code != 2 {
			t.Errorf("%q: exit %d, want 2", args, r.code)
		}
		if lines := strings.Count(r.stderr, "\n"); lines != 1 || !strings.HasPrefix(r.stderr, "httpquiz: ") {
			t.Errorf("%q: want one line on stderr, got %q", args, r.stderr)
		}
	}
}

func TestDeckExportChecksClean(t *testing.T) {
	for _, format := range []string{"yaml", "json"} {
		exported := httpquiz(t, "", "deck", "export", "--format", format)
		if exported.code != 0 {
			t.Fatalf("export %s: exit %d: %s", format, exported.code, exported.stderr)
		}
		r := httpquiz(t, exported.stdout, "deck", "check", "-")
		if r.code != 0 || !strings.HasPrefix(r.stdout, "1 file: ") || !strings.HasSuffix(r.stdout, " scenarios ok, 0 errors, 0 warnings\n") {
			t.Errorf("check of the %s export: exit %d\n%s", format, r.code, r.stdout)
		}
	}
}

func TestDeckCheck(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	good := filepath.Join(dir, "good.yaml")
	write(t, bad, "- id: a\n  prompt: p?\n  answer: 427\n  explanation: e\n- id: a\n  prompt: q?\n  answer: 404\n")
	write(t, good, "- id: b\n  prompt: What fits?\n  answer: 404\n  explanation: nothing there\n")
	r := httpquiz(t, "", "deck", "check", good, bad, filepath.Join(dir, "missing.yaml"))
	want := []string{
		bad + ":3:11: answer: 427 is not a registered status code (nearest: 426, 428, 425)",
		bad + ":5:3: warning: scenario \"a\" has no explanation; learners will only see the right code",
		bad + `:5:3: duplicate id "a" (first used at ` + bad + ":1:3)",
		filepath.Join(dir, "missing.yaml") + ":1:1: cannot read: no such file or directory",
		"3 files: 1 scenario ok, 3 errors, 1 warning",
	}
	if got := strings.Split(strings.TrimSpace(r.stdout), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", r.stdout, strings.Join(want, "\n"))
	}
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if r := httpquiz(t, "", "deck", "check", good); r.code != 0 {
		t.Errorf("a clean deck: exit %d\n%s", r.code, r.stdout)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestVersionAndHelp(t *testing.T) {
	if r := httpquiz(t, "", "--version"); r.code != 0 || !strings.Contains(r.stdout, "httpquiz version") {
		t.Errorf("--version: exit %d, %q", r.code, r.stdout)
	}
	r := httpquiz(t, "", "--help")
	for _, cmd := range []string{"codes", "explain", "deck"} {
		if !strings.Contains(r.stdout, cmd) {
			t.Errorf("--help does not mention %s", cmd)
		}
	}
	if r := httpquiz(t, "", "completion", "bash"); r.code != 0 || !strings.Contains(r.stdout, "httpquiz") {
		t.Errorf("completion bash: exit %d", r.code)
	}
}

func TestInteractiveCommandsNeedATerminal(t *testing.T) {
	for _, args := range [][]string{{}, {"browse"}} {
		r := httpquiz(t, "", args...)
		if r.code != 1 || !strings.Contains(r.stderr, "run it in a terminal") || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%q in a pipe: exit %d, %q", args, r.code, r.stderr)
		}
	}
}

// TestRoundsInAPipeArePlain: the commands that play a round fall back to plain
// mode in a pipe, saying so on stderr.
func TestRoundsInAPipeArePlain(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	for _, args := range [][]string{{"practice"}, {"drill", "auth"}, {"timed", "--per-question", "15"}} {
		r := httpquiz(t, "", append([]string{"--db", db}, args...)...)
		if r.code != 0 || !strings.Contains(r.stderr, "playing in plain mode") || !strings.HasSuffix(r.stdout, "score: 0/0\n") {
			t.Errorf("%q in a pipe: exit %d, %q, %q", args, r.code, r.stderr, r.stdout)
		}
	}
}

func TestPlayFlags(t *testing.T) {
	for _, args := range [][]string{
		{"practice", "--count", "0"}, {"practice", "--count", "5000"}, {"practice", "--topic", "nope"},
		{"practice", "--seed", "abc"}, {"drill", "nope"}, {"drill", "auth", "extra"}, {"drill", "auth", "--count", "-1"},
	} {
		r := httpquiz(t, "", args...)
		if r.code != 2 {
			t.Errorf("%q: exit %d, want 2 (%s)", args, r.code, r.stderr)
		}
	}
	r := httpquiz(t, "", "practice", "--topic", "nope")
	if !strings.Contains(r.stderr, "auth") {
		t.Errorf("an unknown topic should list the topics: %q", r.stderr)
	}
	r = httpquiz(t, "", "drill")
	if r.code != 0 || !strings.Contains(r.stdout, "auth ") || !strings.Contains(r.stdout, "gateways") {
		t.Errorf("drill lists the drills: exit %d\n%s", r.code, r.stdout)
	}
}

func TestProgressCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	if r := httpquiz(t, "", "--db", db, "stats"); r.code != 0 || !strings.Contains(r.stdout, "No answers yet") {
		t.Fatalf("stats on a new database: exit %d %q %q", r.code, r.stdout, r.stderr)
	}
	if r := httpquiz(t, "", "--db", db, "stats", "--json"); r.code != 0 || !strings.Contains(r.stdout, `"total"`) {
		t.Fatalf("stats --json: %q", r.stdout)
	}
	if r := httpquiz(t, "", "--db", db, "export"); r.code != 0 || r.stdout != "time,round,mode,question_id,kind,code_asked,code_chosen,correct,verdict,response_ms,retry\n" {
		t.Fatalf("export of nothing: %q", r.stdout)
	}
	if r := httpquiz(t, "", "--db", db, "export", "--format", "json"); r.stdout != "[]\n" {
		t.Fatalf("json export of nothing: %q", r.stdout)
	}
	for _, args := range [][]string{{"export", "--since", "yesterday"}, {"export", "--format", "xml"}, {"review", "--count", "0"}} {
		if r := httpquiz(t, "", append([]string{"--db", db}, args...)...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2", args, r.code)
		}
	}
	// reset without a terminal needs --yes; with --yes it works.
	if r := httpquiz(t, "", "--db", db, "reset"); r.code != 1 || !strings.Contains(r.stderr, "--yes") {
		t.Errorf("reset in a pipe: exit %d %q", r.code, r.stderr)
	}
	if r := httpquiz(t, "", "--db", db, "reset", "--yes"); r.code != 0 || !strings.Contains(r.stdout, "Deleted 0 answers") {
		t.Errorf("reset --yes: exit %d %q", r.code, r.stdout)
	}
}

func TestBadDatabaseOneLine(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.db")
	write(t, bad, strings.Repeat("garbage ", 1000))
	for _, args := range [][]string{{"stats"}, {"export"}, {"reset", "--yes"}} {
		r := httpquiz(t, "", append([]string{"--db", bad}, args...)...)
		if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "not an httpquiz database") {
			t.Errorf("%v: exit %d %q", args, r.code, r.stderr)
		}
	}
	if data, _ := os.ReadFile(bad); !strings.HasPrefix(string(data), "garbage") {
		t.Error("the file was changed")
	}
	t.Setenv("HTTPQUIZ_DB", bad)
	if r := httpquiz(t, "", "stats"); r.code != 1 || !strings.Contains(r.stderr, bad) {
		t.Errorf("HTTPQUIZ_DB is not honored: %q", r.stderr)
	}
}

func TestResetAsksFirst(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	for _, tc := range []struct {
		typed, want string
	}{{"n\n", "Nothing deleted."}, {"\n", "Nothing deleted."}, {"yes\n", ""}} {
		var out, errOut bytes.Buffer
		e := &env{stdin: strings.NewReader(tc.typed), stdout: &out, stderr: &errOut, stdinTTY: true}
		if code := run(context.Background(), []string{"--db", db, "reset"}, e); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		if !strings.Contains(errOut.String(), "[y/N]") {
			t.Errorf("no question asked: %q", errOut.String())
		}
		deleted := strings.Contains(out.String(), "Deleted")
		if tc.want != "" && (deleted || !strings.Contains(errOut.String(), tc.want)) {
			t.Errorf("answer %q: deleted anyway (%q)", tc.typed, out.String())
		}
		if tc.want == "" && !deleted {
			t.Errorf("answer %q: not deleted", tc.typed)
		}
	}
}

func TestTimedFlags(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"timed", "--seconds", "60s", "--per-question", "10s"},
		{"timed", "--per-question", "0s"},
		{"timed", "--seconds", "ten"},
		{"timed", "--out", filepath.Join(dir, "results.txt")},
		{"timed", "--count", "0"},
	} {
		if r := httpquiz(t, "", args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, r.code, r.stderr)
		}
	}
	// A huge number is refused as read, in words, never overflowed.
	for _, v := range []string{"99999999999", "99999999999s", "99999999999999999999999", "5000h"} {
		r := httpquiz(t, "", "timed", "--per-question", v)
		if r.code != 2 || !strings.Contains(r.stderr, "at most a week (168h)") || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("--per-question %s: exit %d %q", v, r.code, r.stderr)
		}
	}
	if r := httpquiz(t, "", "timed", "--out", filepath.Join(dir, "missing", "r.csv")); r.code != 1 || !strings.Contains(r.stderr, "no such directory") {
		t.Errorf("--out in a missing directory: exit %d %q", r.code, r.stderr)
	}
	if r := httpquiz(t, "", "--db", filepath.Join(dir, "p.db"), "timed", "--per-question", "15s", "--plain"); r.code != 0 {
		t.Errorf("valid flags: exit %d %q", r.code, r.stderr)
	}
}

func TestServeFlags(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--listen", "0.0.0.0:2222", "--code", "1234"},
		{"serve", "--listen", "nonsense"},
		{"serve", "--count", "0"},
		{"serve", "--seconds", "1"},
		{"serve", "--max-players", "0"},
		{"results", "x"},
		{"results", "--format", "xml"},
		{"--goal", "0"},
		{"--goal", "lots"},
	} {
		if r := httpquiz(t, "", append([]string{"--db", filepath.Join(t.TempDir(), "p.db")}, args...)...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, r.code, r.stderr)
		}
	}
	r := httpquiz(t, "", "serve", "--listen", "0.0.0.0:2222", "--code", "1234")
	if !strings.Contains(r.stderr, "at least 6 characters") {
		t.Errorf("a short code beyond loopback: %q", r.stderr)
	}
	// Without --code beyond loopback a code is generated: the flags are fine.
	if r := httpquiz(t, "", "serve", "--listen", "0.0.0.0:2222"); r.code != 1 || !strings.Contains(r.stderr, "terminal") {
		t.Errorf("serve beyond loopback without a code: exit %d %q", r.code, r.stderr)
	}
	if r := httpquiz(t, "", "serve", "--listen", "0.0.0.0:2222", "--code", "TEAPOT"); r.code != 1 || !strings.Contains(r.stderr, "terminal") {
		t.Errorf("serve in a pipe: exit %d %q", r.code, r.stderr)
	}
	db := filepath.Join(t.TempDir(), "p.db")
	if r := httpquiz(t, "", "--db", db, "results"); r.code != 0 || !strings.HasPrefix(r.stdout, "round") {
		t.Errorf("results with none: exit %d %q", r.code, r.stdout)
	}
	if r := httpquiz(t, "", "--db", db, "results", "7"); r.code != 1 || !strings.Contains(r.stderr, "no classroom round 7") {
		t.Errorf("an unknown round: exit %d %q", r.code, r.stderr)
	}
}
