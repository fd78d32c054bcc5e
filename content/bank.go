package content

import (
	"sync"
)

// Builtin bundles the catalogue, the scenario bank and the drills that ship
// with httpquiz.
type Builtin struct {
	Catalogue *Catalogue
	Deck      Deck
	Drills    []Drill
}

var builtin = sync.OnceValues(func() (Builtin, error) {
	cat, err := NewCatalogue(builtinCodes)
	if err != nil {
		return Builtin{}, err
	}
	if err := cat.SetWild(builtinWild); err != nil {
		return Builtin{}, err
	}
	return Builtin{Catalogue: cat, Deck: Deck{Scenarios: builtinScenarios}, Drills: builtinDrills}, nil
})

// LoadBuiltin returns the content compiled into the program. It costs next to
// nothing: the data was parsed and checked when it was generated.
func LoadBuiltin() (Builtin, error) { return builtin() }

// BuiltinCatalogue returns the catalogue compiled into the program.
func BuiltinCatalogue() (*Catalogue, error) {
	b, err := builtin()
	return b.Catalogue, err
}
