package content

import (
	"bytes"
	"go/format"
	"os"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// drillCodes is each drill group's set of answers, as the tags promise.
var drillCodes = map[string][]int{
	"auth":          {401, 403, 407, 511, 404},
	"redirects":     {301, 302, 303, 307, 308},
	"client-errors": {400, 409, 412, 422},
	"gone":          {404, 410},
	"gateways":      {502, 503, 504},
	"success":       {200, 201, 202, 204},
}

func mustBank(t *testing.T) Builtin {
	t.Helper()
	b, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestBankHasNoProblems holds the built-in bank to a stricter standard than a
// user's deck: not even a warning.
func TestBankHasNoProblems(t *testing.T) {
	sources, err := bankSources(os.DirFS("."))
	if err != nil || len(sources) == 0 {
		t.Fatal(sources, err)
	}
	_, problems := LoadDecks(mustCatalogue(t), sources...)
	for _, p := range problems {
		t.Error(p)
	}
}

// TestGeneratedDataIsCurrent: the data compiled into the program is exactly
// what the YAML says. After editing the YAML, run: go generate ./content
func TestGeneratedDataIsCurrent(t *testing.T) {
	parsed, err := ParseSources(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	b := mustBank(t)
	if !reflect.DeepEqual(parsed.Catalogue.Codes(), b.Catalogue.Codes()) ||
		!reflect.DeepEqual(parsed.Deck, b.Deck) || !reflect.DeepEqual(parsed.Drills, b.Drills) {
		t.Fatal("builtin_data.go is out of date with the YAML: run go generate ./content")
	}
	if !bytes.Equal(GoSourceFormatted(t, parsed), mustRead(t, "builtin_data.go")) {
		t.Fatal("builtin_data.go differs from what gen.go writes: run go generate ./content")
	}
}

func TestBankSize(t *testing.T) {
	b := mustBank(t)
	if n := b.Deck.Len(); n < 220 {
		t.Errorf("bank has %d scenarios, want at least 220", n)
	}
	perCode := map[int]int{}
	for _, s := range b.Deck.Scenarios {
		perCode[s.Answer]++
	}
	for _, e := range b.Catalogue.Codes() {
		want := 1
		switch {
		case !e.Answerable():
			want = 0
		case e.Core:
			want = 6
		}
		if perCode[e.Code] < want {
			t.Errorf("%d is the answer to %d scenarios, want at least %d", e.Code, perCode[e.Code], want)
		}
	}
	count := func(keep func(Scenario) bool) int {
		n := 0
		for _, s := range b.Deck.Scenarios {
			if keep(s) {
				n++
			}
		}
		return n
	}
	if n := count(func(s Scenario) bool { return s.HasTag("auth") }); n < 40 {
		t.Errorf("auth drill has %d scenarios, want at least 40", n)
	}
	if n := count(func(s Scenario) bool { return s.Topic == "api-design" }); n < 20 {
		t.Errorf("api-design has %d scenarios, want at least 20", n)
	}
}

func TestBankScenarios(t *testing.T) {
	b := mustBank(t)
	sources, _ := bankSources(os.DirFS("."))
	var topics []string
	for _, src := range sources {
		topics = append(topics, strings.TrimSuffix(path.Base(src.Name), ".yaml"))
	}
	for _, s := range b.Deck.Scenarios {
		if !slices.Contains(topics, s.Topic) {
			t.Errorf("%s: topic %q is not a bank file", s.ID, s.Topic)
		}
		if !strings.HasSuffix(strings.TrimSpace(s.Prompt), "?") {
			t.Errorf("%s: a prompt ends with its question", s.ID)
		}
		if len(strings.Fields(s.Explanation)) < 15 {
			t.Errorf("%s: explanation too thin", s.ID)
		}
		if len(s.Tags) == 0 {
			t.Errorf("%s: no tags", s.ID)
		}
		for tag, codes := range drillCodes {
			if s.HasTag(tag) && !slices.Contains(codes, s.Answer) {
				t.Errorf("%s: tagged %s but answers %d", s.ID, tag, s.Answer)
			}
		}
		if e, _ := b.Catalogue.Lookup(s.Answer); e.Status == Obsoleted || e.Status == Deprecated {
			if s.Difficulty != 3 {
				t.Errorf("%s: a question on a retired code is difficulty 3", s.ID)
			}
		}
	}
}

// TestTopicsOfIDs keeps ids stable and readable: each starts with its file's prefix.
// A topic file's prefix names its topic; the scenarios of daily-api.yaml keep the
// topics of the files they are closest to and share the prefix "daily-".
func TestTopicsOfIDs(t *testing.T) {
	prefix := map[string]string{
		"auth": "auth-", "api-design": "api-", "basics": "basics-", "redirects-and-caching": "redir-",
		"informational": "info-", "limits-and-availability": "limits-", "gateways": "gw-",
		"webdav-and-rare": "rare-", "wild": "wild-",
	}
	const daily = "daily-"
	sources, err := bankSources(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	fromDaily := map[string]bool{}
	for _, src := range sources {
		if path.Base(src.Name) == "daily-api.yaml" {
			deck, _ := LoadDecks(mustCatalogue(t), src)
			for _, s := range deck.Scenarios {
				fromDaily[s.ID] = true
			}
		}
	}
	for _, s := range mustBank(t).Deck.Scenarios {
		want, ok := prefix[s.Topic]
		if fromDaily[s.ID] {
			want, ok = daily, true
		}
		if !ok || !strings.HasPrefix(s.ID, want) {
			t.Errorf("%s: id should start with %q", s.ID, want)
		}
	}
}

func GoSourceFormatted(t *testing.T, b Builtin) []byte {
	t.Helper()
	src, err := format.Source(GoSource(b))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
