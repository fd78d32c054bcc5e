package quiz

import (
	"math/rand/v2"
	"slices"

	"github.com/httpquiz/httpquiz/content"
)

// distractors picks n wrong codes for a question whose right answer is answer,
// nearest misses first: the codes the catalogue says answer is confused with,
// then codes of the same class (core codes before rare ones), then any other.
// Codes in exclude (such as also-accepted answers) and unused codes are never
// offered. own, the scenario's named near misses, come before all of them;
// prefer, when given, ranks next: a drill's own codes.
func distractors(cat *content.Catalogue, answer content.Code, exclude, own, prefer []int, n int, rng *rand.Rand) []int {
	var out []int
	add := func(code int) {
		if len(out) == n || code == answer.Code || slices.Contains(out, code) || slices.Contains(exclude, code) {
			return
		}
		if e, ok := cat.Lookup(code); ok && e.Answerable() {
			out = append(out, code)
		}
	}
	confused := make([]int, len(answer.Confusions))
	for i, c := range answer.Confusions {
		confused[i] = c.Code
	}
	// Within each tier the order is shuffled, so the same answer does not always
	// meet the same three rivals.
	for _, tier := range [][]int{
		own,
		intersect(prefer, confused),
		shuffled(prefer, rng),
		shuffled(confused, rng),
		shuffled(sameClass(cat, answer, true), rng),
		shuffled(sameClass(cat, answer, false), rng),
		shuffled(allCodes(cat), rng),
	} {
		for _, code := range tier {
			add(code)
		}
	}
	return out
}

func intersect(a, b []int) []int {
	var out []int
	for _, x := range b {
		if slices.Contains(a, x) {
			out = append(out, x)
		}
	}
	return out
}

func sameClass(cat *content.Catalogue, answer content.Code, core bool) []int {
	var out []int
	for _, e := range cat.Codes() {
		if e.Class == answer.Class && e.Core == core {
			out = append(out, e.Code)
		}
	}
	return out
}

func allCodes(cat *content.Catalogue) []int {
	out := make([]int, 0, len(cat.Codes()))
	for _, e := range cat.Codes() {
		out = append(out, e.Code)
	}
	return out
}

func shuffled(in []int, rng *rand.Rand) []int {
	out := slices.Clone(in)
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
