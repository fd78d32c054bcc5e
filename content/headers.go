package content

import "slices"

// HeaderFact ties a status code to a header field that defines how it is
// used: the challenge a 401 must send, the Allow list of a 405. Header
// questions are made from these facts, both ways round: from the header to
// the code (ToCode) and from the code to the header (ToHeader). A fact with
// an empty prompt for one way is asked only the other way, because that way
// would have more than one right answer (Location goes with every redirect).
type HeaderFact struct {
	// ID names the fact in question ids; it never changes.
	ID     string
	Code   int
	Header string
	// ToCode asks for the code, given the header (and, where one header goes
	// with several codes, the detail that tells them apart).
	ToCode string
	// Codes are the wrong codes a ToCode question offers, nearest first.
	Codes []int
	// ToHeader asks for the header, given the code.
	ToHeader string
	// Headers are the wrong headers a ToHeader question offers.
	Headers []string
	// Why is the rule, with its source.
	Why string
}

// HeaderFacts are the header questions' facts. Each header is one the
// catalogue lists for its code (a test holds them together).
var HeaderFacts = []HeaderFact{
	{ID: "www-authenticate", Code: 401, Header: "WWW-Authenticate",
		ToCode:   "A response carries `WWW-Authenticate: Bearer realm=\"api\"`. Which status must carry that header?",
		Codes:    []int{403, 407, 400},
		ToHeader: "A 401 must tell the client how to authenticate. Which header carries that challenge?",
		Headers:  []string{"Authorization", "Proxy-Authenticate", "Allow"},
		Why:      "A 401 must send a WWW-Authenticate challenge naming at least one scheme the client can use (RFC 9110 §15.5.2). The client answers it with Authorization; a proxy's 407 uses Proxy-Authenticate instead, and a 403 has no challenge because authenticating would not help."},
	{ID: "proxy-authenticate", Code: 407, Header: "Proxy-Authenticate",
		ToCode:   "A response carries `Proxy-Authenticate: Basic realm=\"office\"`. Which status must carry that header?",
		Codes:    []int{401, 403, 502},
		ToHeader: "A 407 must tell the client how to authenticate with the proxy. Which header carries that challenge?",
		Headers:  []string{"WWW-Authenticate", "Proxy-Authorization", "Via"},
		Why:      "A 407 comes from a proxy and must send a Proxy-Authenticate challenge (RFC 9110 §15.5.8); the client answers it with Proxy-Authorization. WWW-Authenticate is the origin server's challenge, on a 401."},
	{ID: "allow", Code: 405, Header: "Allow",
		ToCode:   "A response to DELETE /reports/7 carries `Allow: GET, HEAD` and refuses the request. Which status is it?",
		Codes:    []int{403, 501, 400},
		ToHeader: "A 405 must list the methods the resource does support. In which header?",
		Headers:  []string{"Accept", "Access-Control-Allow-Methods", "Vary"},
		Why:      "A 405 must carry Allow with the methods the target resource supports (RFC 9110 §15.5.6). Access-Control-Allow-Methods is CORS, answering a browser's preflight; it says nothing about what the resource supports."},
	{ID: "upgrade-required", Code: 426, Header: "Upgrade",
		ToCode:   "A final response refuses a request sent over HTTP/1.1 and carries `Upgrade: HTTP/3.0`. Which status is it?",
		Codes:    []int{101, 505, 400},
		ToHeader: "A 426 must name the protocols the client should switch to. In which header?",
		Headers:  []string{"Alt-Svc", "Connection", "Via"},
		Why:      "A 426 refuses to go on over the current protocol and must send Upgrade with the protocols that would be accepted (RFC 9110 §15.5.22). A 101 carries Upgrade too, but it agrees to switch and is not a final response."},
	{ID: "switching-upgrade", Code: 101, Header: "Upgrade",
		ToHeader: "A 101 must name the protocol the connection switches to. In which header?",
		Headers:  []string{"Alt-Svc", "Via", "Accept"},
		Why:      "A 101 agrees to the client's Upgrade request and must send Upgrade naming the protocol it switches to (RFC 9110 §15.2.2, §7.8). Alt-Svc only advertises another place to reach the service."},
	{ID: "created-location", Code: 201, Header: "Location",
		ToHeader: "A 201 from POST /orders points the client to the new order. In which header?",
		Headers:  []string{"Content-Location", "Link", "Referer"},
		Why:      "A 201 identifies the new resource with Location, or else it is the target URI itself (RFC 9110 §15.3.2). Content-Location names where the enclosed representation can be found, which is a different claim."},
	{ID: "moved-location", Code: 301, Header: "Location",
		ToHeader: "A 301 gives the resource's new permanent URL. In which header?",
		Headers:  []string{"Content-Location", "Refresh", "Link"},
		Why:      "Every redirect puts its target in Location, and for a 301 the server should send it (RFC 9110 §15.4.2). Refresh is a browser convention, not part of HTTP's redirect semantics."},
	{ID: "unavailable-retry", Code: 503, Header: "Retry-After",
		ToHeader: "A 503 during planned maintenance can tell clients when to come back. In which header?",
		Headers:  []string{"Expires", "Age", "Cache-Control"},
		Why:      "A 503 may carry Retry-After, a date or a number of seconds, to say how long the outage should last (RFC 9110 §15.6.4, §10.2.3). Expires and Cache-Control govern caching of the response, not when to retry."},
	{ID: "too-many-retry", Code: 429, Header: "Retry-After",
		ToHeader: "A 429 can tell the client how long to wait before its next request. In which header?",
		Headers:  []string{"Expires", "Age", "Cache-Control"},
		Why:      "A 429 may include Retry-After saying how long to wait before making a new request (RFC 6585 §4). Many APIs add their own RateLimit headers as well, but Retry-After is the standard one."},
	{ID: "range-not-satisfiable", Code: 416, Header: "Content-Range",
		ToCode:   "A response to GET /video.mp4 with `Range: bytes=9000-` carries `Content-Range: bytes */4000` and no part of the file. Which status is it?",
		Codes:    []int{206, 200, 400},
		ToHeader: "A 416 for a byte range should say how long the file really is. In which header?",
		Headers:  []string{"Content-Length", "Range", "Accept-Ranges"},
		Why:      "A 416 for byte ranges should send Content-Range with an unsatisfied range, `bytes */` and the current length (RFC 9110 §15.5.17), so the client can ask again within bounds."},
	{ID: "partial-content-range", Code: 206, Header: "Content-Range",
		ToCode:   "A response carries `Content-Range: bytes 0-1023/4096` and the first 1024 bytes of the file. Which status is it?",
		Codes:    []int{200, 416, 204},
		ToHeader: "A 206 with a single part says which bytes of the file it holds. In which header?",
		Headers:  []string{"Range", "Content-Length", "Accept-Ranges"},
		Why:      "A 206 with a single part must send Content-Range with the range it encloses and the full length (RFC 9110 §15.3.7). Range is the request's side: what the client asked for."},
	{ID: "early-hints-link", Code: 103, Header: "Link",
		ToCode:   "Before the final response, a server sends a response carrying only `Link: </app.css>; rel=preload`. Which status is it?",
		Codes:    []int{100, 102, 200},
		ToHeader: "A 103 lets the browser start fetching a stylesheet early. Which header names the stylesheet?",
		Headers:  []string{"Prefer", "Content-Location", "Expect"},
		Why:      "A 103 carries Link headers, usually rel=preload or preconnect, that the final response is likely to carry too (RFC 8297 §2). 100 only says to go on sending the body, and 102 that work is still in progress."},
	{ID: "not-modified-condition", Code: 304, Header: "If-None-Match",
		ToCode:   "A GET for /logo.svg carried `If-None-Match: \"a1\"`, and the response carries `ETag: \"a1\"` and no body. Which status is it?",
		Codes:    []int{200, 204, 412},
		ToHeader: "A 304 answers a conditional GET. Which request header, holding the cached ETag, made it conditional?",
		Headers:  []string{"If-Match", "If-Unmodified-Since", "If-Range"},
		Why:      "A 304 answers a GET or HEAD whose If-None-Match (or If-Modified-Since) condition is false: the client's copy is still current (RFC 9110 §15.4.5, §13.1.2). A failed If-Match or If-Unmodified-Since gives 412, and If-Range decides between 206 and 200."},
	{ID: "not-acceptable-accept", Code: 406, Header: "Accept",
		ToHeader: "A 406 means the server has no representation the client said it would take. Which request header said it?",
		Headers:  []string{"Content-Type", "Accept-Ranges", "Vary"},
		Why:      "A 406 answers proactive negotiation that found nothing acceptable: Accept, or Accept-Encoding or Accept-Language (RFC 9110 §15.5.7, §12.5). Content-Type describes a body that is sent, which is 415's concern."},
	{ID: "unsupported-content-type", Code: 415, Header: "Content-Type",
		ToHeader: "A 415 refuses a request body in a format the server does not take. Which request header named that format?",
		Headers:  []string{"Accept", "Content-Language", "Content-Location"},
		Why:      "A 415 is about the request's own content: its Content-Type, or a Content-Encoding the server cannot decode (RFC 9110 §15.5.16). Accept is about the response the client wants, and a mismatch there is 406."},
	{ID: "expectation-failed", Code: 417, Header: "Expect",
		ToCode:   "A client sends `Expect: 200-ok`, an expectation the server does not know, and the server refuses the request. Which status is it?",
		Codes:    []int{100, 400, 501},
		ToHeader: "A 417 says the server could not meet what the request demanded of it. Which request header demanded it?",
		Headers:  []string{"Accept", "Prefer", "TE"},
		Why:      "A 417 answers an Expect field the server cannot meet, such as an expectation other than 100-continue (RFC 9110 §15.5.18, §10.1.1); for 100-continue that it will meet, the answer is 100 Continue. Prefer, unlike Expect, may be ignored."},
}

// FactsFor are the header facts about code.
func FactsFor(code int) []HeaderFact {
	var out []HeaderFact
	for _, f := range HeaderFacts {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

// FactByID finds a header fact by its ID.
func FactByID(id string) (HeaderFact, bool) {
	i := slices.IndexFunc(HeaderFacts, func(f HeaderFact) bool { return f.ID == id })
	if i < 0 {
		return HeaderFact{}, false
	}
	return HeaderFacts[i], true
}

// HeaderBase is added to a header's place in headerNames to give it a
// number: an answer to a header question is kept as a number, as codes are,
// and the numbers from 1000 up can never be taken for a status code.
const HeaderBase = 1000

// headerNames numbers every header the facts offer. The list only grows:
// kept answers name headers by their place in it.
var headerNames = []string{
	"WWW-Authenticate", "Authorization", "Proxy-Authenticate", "Allow", "Proxy-Authorization", "Via",
	"Accept", "Access-Control-Allow-Methods", "Vary", "Upgrade", "Alt-Svc", "Connection",
	"Location", "Content-Location", "Link", "Referer", "Refresh", "Retry-After", "Expires", "Age",
	"Cache-Control", "Content-Range", "Content-Length", "Range", "Accept-Ranges", "Prefer", "Expect",
	"If-None-Match", "If-Match", "If-Unmodified-Since", "If-Range", "Content-Type", "Content-Language", "TE",
}

// HeaderNumber is a header's number, or 0 for one not in the list.
func HeaderNumber(name string) int {
	if i := slices.Index(headerNames, name); i >= 0 {
		return HeaderBase + i
	}
	return 0
}

// HeaderNamed is the header with that number.
func HeaderNamed(n int) (string, bool) {
	if i := n - HeaderBase; i >= 0 && i < len(headerNames) {
		return headerNames[i], true
	}
	return "", false
}
