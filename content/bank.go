package content

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"
)

//go:embed scenarios/*.yaml
var scenarioFS embed.FS

// Builtin bundles the embedded catalogue and scenario bank.
type Builtin struct {
	Catalogue *Catalogue
	Deck      Deck
}

var builtin = sync.OnceValues(func() (Builtin, error) {
	cat, err := BuiltinCatalogue()
	if err != nil {
		return Builtin{}, err
	}
	sources, err := bankSources(scenarioFS)
	if err != nil {
		return Builtin{}, err
	}
	deck, problems := LoadDecks(cat, sources...)
	if err := problems.Err(); err != nil {
		return Builtin{}, fmt.Errorf("built-in scenario bank: %w", err)
	}
	return Builtin{Catalogue: cat, Deck: deck}, nil
})

// LoadBuiltin returns the embedded catalogue and bank, parsed once on first use.
// An error here means the binary was built from broken content.
func LoadBuiltin() (Builtin, error) { return builtin() }

// bankSources reads the topic files of the bank in name order.
func bankSources(fsys fs.FS) ([]Source, error) {
	names, err := fs.Glob(fsys, "scenarios/*.yaml")
	if err != nil {
		return nil, err
	}
	sources := make([]Source, 0, len(names))
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		sources = append(sources, Source{Name: name, Data: data})
	}
	return sources, nil
}
