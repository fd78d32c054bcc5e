package content

import (
	"fmt"
	"strings"
)

// Severity separates problems that make a deck unusable from advice.
type Severity int

// The two severities.
const (
	Error Severity = iota
	Warning
)

// Problem is one finding of the deck validator, placed at a line and column.
type Problem struct {
	File     string
	Line     int
	Col      int
	Severity Severity
	Message  string
}

// String renders the problem as file:line:col: message, the form editors and
// terminals know how to jump to.
func (p Problem) String() string {
	prefix := ""
	if p.Severity == Warning {
		prefix = "warning: "
	}
	return fmt.Sprintf("%s:%d:%d: %s%s", p.File, p.Line, p.Col, prefix, p.Message)
}

// Problems is a list of findings, in the order they were found.
type Problems []Problem

// Errors counts the problems that are errors.
func (ps Problems) Errors() int {
	n := 0
	for _, p := range ps {
		if p.Severity == Error {
			n++
		}
	}
	return n
}

// Err returns nil when no problem is an error, and otherwise an error that lists
// every problem, one per line.
func (ps Problems) Err() error {
	if ps.Errors() == 0 {
		return nil
	}
	return DeckError(ps)
}

// DeckError is a deck that failed validation.
type DeckError Problems

func (e DeckError) Error() string {
	lines := make([]string, len(e))
	for i, p := range e {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
