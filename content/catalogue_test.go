package content

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ianaNames is the IANA HTTP Status Code Registry as it stands today: every
// assigned code with its registered name.
var ianaNames = map[int]string{
	100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
	104: "Upload Resumption Supported",
	200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information",
	204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi-Status",
	208: "Already Reported", 226: "IM Used",
	300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other",
	304: "Not Modified", 305: "Use Proxy", 306: "(Unused)", 307: "Temporary Redirect",
	308: "Permanent Redirect",
	400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden",
	404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
	407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict", 410: "Gone",
	411: "Length Required", 412: "Precondition Failed", 413: "Content Too Large",
	414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable",
	417: "Expectation Failed", 418: "(Unused)", 421: "Misdirected Request",
	422: "Unprocessable Content", 423: "Locked", 424: "Failed Dependency", 425: "Too Early",
	426: "Upgrade Required", 428: "Precondition Required", 429: "Too Many Requests",
	431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
	500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
	503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported",
	506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected",
	510: "Not Extended", 511: "Network Authentication Required",
}

// renamed lists the codes whose net/http text is an older name than the one
// registered now; the older name must survive as an alias.
var renamed = map[int]bool{413: true, 414: true, 416: true, 418: true, 422: true}

var coreCodes = []int{200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504}

func mustCatalogue(t testing.TB) *Catalogue {
	t.Helper()
	cat, err := BuiltinCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func TestCatalogueIsTheRegistry(t *testing.T) {
	cat := mustCatalogue(t)
	if got, want := len(cat.Codes()), len(ianaNames); got != want {
		t.Errorf("catalogue has %d codes, registry %d", got, want)
	}
	for code, name := range ianaNames {
		e, ok := cat.Lookup(code)
		if !ok {
			t.Errorf("%d missing", code)
			continue
		}
		if e.Name != name {
			t.Errorf("%d is named %q, registry says %q", code, e.Name, name)
		}
	}
	for _, e := range cat.Codes() {
		if _, ok := ianaNames[e.Code]; !ok {
			t.Errorf("%d is not in the registry", e.Code)
		}
	}
}

func TestCatalogueAgreesWithNetHTTP(t *testing.T) {
	cat := mustCatalogue(t)
	for code := 100; code < 600; code++ {
		text := http.StatusText(code)
		if text == "" {
			continue
		}
		e, ok := cat.Lookup(code)
		if !ok {
			t.Errorf("net/http knows %d %q; the catalogue does not", code, text)
			continue
		}
		if renamed[code] {
			if e.Name == text {
				t.Errorf("%d: expected the current name, not net/http's older %q", code, text)
			}
			if !containsFold(e.Aliases, text) {
				t.Errorf("%d: older name %q should be an alias, aliases are %q", code, text, e.Aliases)
			}
			continue
		}
		if e.Name != text {
			t.Errorf("%d: catalogue %q, net/http %q", code, e.Name, text)
		}
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// TestGoConstants reads net/http's own source so that every go_const names a
// real constant with the entry's value, and every constant is used.
func TestGoConstants(t *testing.T) {
	consts := netHTTPStatusConstants(t)
	cat := mustCatalogue(t)
	used := map[string]bool{}
	for _, e := range cat.Codes() {
		if e.GoConst == "" {
			continue
		}
		used[e.GoConst] = true
		if v, ok := consts[e.GoConst]; !ok {
			t.Errorf("%d: net/http has no constant %s", e.Code, e.GoConst)
		} else if v != e.Code {
			t.Errorf("%d: %s is %d in net/http", e.Code, e.GoConst, v)
		}
	}
	for name, v := range consts {
		if !used[name] {
			t.Errorf("net/http.%s (%d) is not named by any entry", name, v)
		}
	}
}

func netHTTPStatusConstants(t *testing.T) map[string]int {
	t.Helper()
	path := filepath.Join(build.Default.GOROOT, "src", "net", "http", "status.go")
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatalf("reading net/http source: %v", err)
	}
	consts := map[string]int{}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || !strings.HasPrefix(name.Name, "Status") {
					continue
				}
				v, _ := strconv.Atoi(lit.Value)
				consts[name.Name] = v
			}
		}
	}
	if len(consts) < 50 {
		t.Fatalf("found only %d constants in %s", len(consts), path)
	}
	return consts
}

func TestCatalogueEntries(t *testing.T) {
	cat := mustCatalogue(t)
	for _, e := range cat.Codes() {
		if want := strconv.Itoa(e.Code)[:1] + "xx"; e.Class != want {
			t.Errorf("%d: class %q, want %q", e.Code, e.Class, want)
		}
		if e.Summary == "" || strings.Contains(e.Summary, "\n") || len(e.Summary) > 100 {
			t.Errorf("%d: summary must be one line of at most 100 characters: %q", e.Code, e.Summary)
		}
		if e.Details == "" || e.Spec == "" {
			t.Errorf("%d: details and spec are required", e.Code)
		}
		switch e.Status {
		case Current, Unused, Obsoleted, Deprecated, Temporary:
		default:
			t.Errorf("%d: unknown status %q", e.Code, e.Status)
		}
		seen := map[int]bool{}
		for _, c := range e.Confusions {
			if !cat.Has(c.Code) || c.Code == e.Code || seen[c.Code] {
				t.Errorf("%d: confusion with %d must be another registered code, once", e.Code, c.Code)
			}
			seen[c.Code] = true
			if strings.TrimSpace(c.Why) == "" || strings.Contains(strings.TrimSpace(c.Why), "\n") {
				t.Errorf("%d: confusion with %d needs a one-line why", e.Code, c.Code)
			}
		}
	}
	for code, status := range map[int]Registration{306: Unused, 418: Unused, 510: Obsoleted, 305: Deprecated} {
		if e, _ := cat.Lookup(code); e.Status != status {
			t.Errorf("%d: status %q, want %q", code, e.Status, status)
		}
	}
}

func TestCoreCodes(t *testing.T) {
	cat := mustCatalogue(t)
	isCore := map[int]bool{}
	for _, c := range coreCodes {
		isCore[c] = true
	}
	for _, e := range cat.Codes() {
		if e.Core != isCore[e.Code] {
			t.Errorf("%d: core is %v, want %v", e.Code, e.Core, isCore[e.Code])
		}
		if !e.Core {
			continue
		}
		if len(e.Confusions) < 2 {
			t.Errorf("%d: a core code needs at least two confusions, has %d", e.Code, len(e.Confusions))
		}
		if len(strings.Fields(e.Details)) < 40 {
			t.Errorf("%d: a core code needs fuller details (%d words)", e.Code, len(strings.Fields(e.Details)))
		}
	}
}

func TestNewCatalogueRejectsDuplicates(t *testing.T) {
	if _, err := NewCatalogue([]Code{{Code: 200}, {Code: 200}}); err == nil {
		t.Fatal("duplicate codes accepted")
	}
}

func TestWhyNot(t *testing.T) {
	cat := mustCatalogue(t)
	e, _ := cat.Lookup(401)
	if why, ok := e.WhyNot(403); !ok || !strings.Contains(why, "403") {
		t.Errorf("401's note on 403 = %q, %v", why, ok)
	}
	if _, ok := e.WhyNot(201); ok {
		t.Error("401 should have no note on 201")
	}
}
