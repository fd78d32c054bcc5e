package content

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// normalize folds a name for matching: lower case, letters and digits only, so
// "Payload Too Large", "payload-too-large" and "PayloadTooLarge" all agree.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// names lists every way an entry may be asked for: its name, its aliases and its
// net/http constant.
func (c Code) names() []string {
	names := append([]string{c.Name}, c.Aliases...)
	if c.GoConst != "" {
		names = append(names, c.GoConst, strings.TrimPrefix(c.GoConst, "Status"))
	}
	return names
}

// Find looks an entry up by code ("403"), by name or alias in any case and
// spacing ("forbidden", "payload too large"), or by Go constant ("StatusForbidden").
func (c *Catalogue) Find(query string) (Code, bool) {
	q := strings.TrimSpace(query)
	if n, err := strconv.Atoi(q); err == nil {
		return c.Lookup(n)
	}
	key := normalize(strings.TrimPrefix(q, "http."))
	if key == "" {
		return Code{}, false
	}
	for _, e := range c.codes {
		for _, name := range e.names() {
			if normalize(name) == key {
				return e, true
			}
		}
	}
	return Code{}, false
}

// Suggest returns up to limit entries close to a query that Find did not match:
// the nearest codes for a number, else names that contain the query or are a
// few edits away from it.
func (c *Catalogue) Suggest(query string, limit int) []Code {
	q := strings.TrimSpace(query)
	type scored struct {
		code  Code
		score int
	}
	var found []scored
	if n, err := strconv.Atoi(q); err == nil {
		for _, e := range c.codes {
			d := e.Code - n
			if d < 0 {
				d = -d
			}
			if d <= 10 {
				found = append(found, scored{e, d})
			}
		}
	} else {
		key := normalize(q)
		if key == "" {
			return nil
		}
		for _, e := range c.codes {
			best := -1
			for _, name := range e.names() {
				s := nameDistance(key, normalize(name))
				if best < 0 || s < best {
					best = s
				}
			}
			if best <= max(len(key)/4, 1) {
				found = append(found, scored{e, best})
			}
		}
	}
	slices.SortStableFunc(found, func(a, b scored) int { return cmp.Compare(a.score, b.score) })
	var out []Code
	for _, f := range found {
		if len(out) == limit {
			break
		}
		out = append(out, f.code)
	}
	return out
}

// nameDistance is 0 when the name contains the query, and
// otherwise the edit distance between the two.
func nameDistance(query, name string) int {
	if len(query) >= 3 && strings.Contains(name, query) {
		return 0
	}
	return levenshtein(query, name)
}

// levenshtein is the classic edit distance over bytes; names are ASCII.
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
