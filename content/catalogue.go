// Package content holds what httpquiz teaches: the catalogue of HTTP status codes
// registered with IANA, the bank of scenario questions and the drills, written
// as YAML in this folder, plus the loader and validator that custom decks go
// through too.
//
// The YAML is compiled into Go data by `go generate` (see gen.go), so that the
// program starts without parsing anything; a test keeps the two in step.
// The package has no terminal code and does no I/O of its own.
package content

//go:generate go run gen.go

import (
	"fmt"
	"slices"
)

// Registration says where a code stands in the IANA registry.
type Registration string

// The registration states used by the catalogue.
const (
	Current    Registration = "current"
	Unused     Registration = "unused"     // 306 and 418: reserved, never to be sent
	Obsoleted  Registration = "obsoleted"  // 510
	Deprecated Registration = "deprecated" // 305
	Temporary  Registration = "temporary"  // provisional registrations for drafts
	// Unregistered marks the codes seen in the wild: sent or logged by
	// servers, proxies and frameworks, but not in the IANA registry. They
	// live in a part of the catalogue of their own (see Catalogue.Wild).
	Unregistered Registration = "unregistered"
)

// OtherUse is another vendor's meaning for a number a wild entry has.
type OtherUse struct {
	Source string `yaml:"source" json:"source"`
	Name   string `yaml:"name" json:"name"`
	Note   string `yaml:"note" json:"note"`
}

// How a code seen in the wild reaches anyone.
const (
	ReachesClient   = "client"   // sent in responses, so clients and browsers see it
	ReachesLog      = "log"      // written to logs or dashboards only, never sent
	ReachesInternal = "internal" // a server's own mark, seen by its configuration only: clients and logs get another code
)

// Confusion is a code that learners mix up with an entry, and the line that tells
// them why that other code does not fit where the entry does.
type Confusion struct {
	Code int    `yaml:"code" json:"code"`
	Why  string `yaml:"why" json:"why"`
}

// Code is one entry of the catalogue.
type Code struct {
	Code    int          `yaml:"code" json:"code"`
	Name    string       `yaml:"name" json:"name"`
	Aliases []string     `yaml:"aliases" json:"aliases"`
	Class   string       `yaml:"class" json:"class"`
	Spec    string       `yaml:"spec" json:"spec"`
	Status  Registration `yaml:"status" json:"status"`
	Summary string       `yaml:"summary" json:"summary"`
	Details string       `yaml:"details" json:"details"`
	// Headers are the response header fields that go with the code,
	// RequestHeaders the request's fields that lead to it.
	Headers        []string    `yaml:"headers" json:"headers"`
	RequestHeaders []string    `yaml:"request_headers,omitempty" json:"request_headers,omitempty"`
	GoConst        string      `yaml:"go_const" json:"go_const,omitempty"`
	Core           bool        `yaml:"core" json:"core"`
	Confusions     []Confusion `yaml:"confusions" json:"confusions"`

	// The fields of the codes seen in the wild: who uses the number, whether
	// it is ever sent to a client or only logged, the registered codes to
	// use in your own service instead, and other vendors' meanings for it.
	Source     string     `yaml:"source,omitempty" json:"source,omitempty"`
	Reaches    string     `yaml:"reaches,omitempty" json:"reaches,omitempty"`
	UseInstead []int      `yaml:"use_instead,omitempty" json:"use_instead,omitempty"`
	OtherUses  []OtherUse `yaml:"other_uses,omitempty" json:"other_uses,omitempty"`
}

// Registered reports whether the code is in the IANA registry.
func (c Code) Registered() bool { return c.Status != Unregistered }

// Title is the code and its name, as people say it: "404 Not Found".
func (c Code) Title() string { return fmt.Sprintf("%d %s", c.Code, c.Name) }

// Answerable reports whether a scenario may have this code as its answer: the
// unused codes are reserved and must never be sent.
func (c Code) Answerable() bool { return c.Status != Unused }

// WhyNot returns the entry's note on why code other does not fit where this
// entry does, if the catalogue has one.
func (c Code) WhyNot(other int) (string, bool) {
	for _, x := range c.Confusions {
		if x.Code == other {
			return x.Why, true
		}
	}
	return "", false
}

// Catalogue is the full set of registered codes, ordered by code.
type Catalogue struct {
	codes  []Code
	byCode map[int]int
	wild   []Code // the codes seen in the wild, apart (see wild.go)
}

// Codes returns every entry in code order. The slice must not be modified.
func (c *Catalogue) Codes() []Code { return c.codes }

// Lookup returns the entry for a numeric code.
func (c *Catalogue) Lookup(code int) (Code, bool) {
	i, ok := c.byCode[code]
	if !ok {
		return Code{}, false
	}
	return c.codes[i], true
}

// Has reports whether code is registered.
func (c *Catalogue) Has(code int) bool {
	_, ok := c.byCode[code]
	return ok
}

// ClassName is the registry's name for a class such as "4xx".
func ClassName(class string) string {
	switch class {
	case "1xx":
		return "Informational"
	case "2xx":
		return "Successful"
	case "3xx":
		return "Redirection"
	case "4xx":
		return "Client Error"
	case "5xx":
		return "Server Error"
	}
	return ""
}

// NewCatalogue builds a catalogue from entries, sorting them by code. It
// rejects duplicate codes.
func NewCatalogue(entries []Code) (*Catalogue, error) {
	codes := slices.Clone(entries)
	slices.SortFunc(codes, func(a, b Code) int { return a.Code - b.Code })
	byCode := make(map[int]int, len(codes))
	for i, e := range codes {
		if _, dup := byCode[e.Code]; dup {
			return nil, fmt.Errorf("catalogue: code %d appears twice", e.Code)
		}
		byCode[e.Code] = i
	}
	return &Catalogue{codes: codes, byCode: byCode}, nil
}
