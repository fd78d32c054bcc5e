package content

import (
	"fmt"
	"io/fs"

	"github.com/goccy/go-yaml"
)

// ParseSources reads the content from its YAML files, in a file system laid
// out like this folder: catalogue/*.yaml, scenarios/*.yaml and drills.yaml.
// Any problem in the bank, warnings included, is an error: the built-in
// content is held to a stricter standard than a user's deck.
func ParseSources(fsys fs.FS) (Builtin, error) {
	cat, err := parseCatalogue(fsys)
	if err != nil {
		return Builtin{}, err
	}
	sources, err := bankSources(fsys)
	if err != nil {
		return Builtin{}, err
	}
	deck, problems := LoadDecks(cat, sources...)
	if len(problems) > 0 {
		return Builtin{}, fmt.Errorf("scenario bank:\n%w", DeckError(problems))
	}
	drills, err := parseDrills(fsys)
	if err != nil {
		return Builtin{}, err
	}
	return Builtin{Catalogue: cat, Deck: deck, Drills: drills}, nil
}

func parseCatalogue(fsys fs.FS) (*Catalogue, error) {
	files, err := fs.Glob(fsys, "catalogue/*.yaml")
	if err != nil {
		return nil, err
	}
	var all []Code
	for _, name := range files {
		var part []Code
		if err := decodeStrict(fsys, name, &part); err != nil {
			return nil, err
		}
		all = append(all, part...)
	}
	for i := range all {
		if all[i].Status == "" {
			all[i].Status = Current
		}
	}
	cat, err := NewCatalogue(all)
	if err != nil {
		return nil, err
	}
	var wild []Code
	if _, err := fs.Stat(fsys, "wild.yaml"); err == nil {
		if err := decodeStrict(fsys, "wild.yaml", &wild); err != nil {
			return nil, err
		}
	}
	for i := range wild {
		if wild[i].Status == "" {
			wild[i].Status = Unregistered
		}
	}
	return cat, cat.SetWild(wild)
}

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

func parseDrills(fsys fs.FS) ([]Drill, error) {
	var drills []Drill
	err := decodeStrict(fsys, "drills.yaml", &drills)
	return drills, err
}

// decodeStrict reads one YAML file into v, refusing unknown fields.
func decodeStrict(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	if err := yaml.UnmarshalWithOptions(data, v, yaml.DisallowUnknownField(), yaml.Strict()); err != nil {
		return fmt.Errorf("%s: %s", name, yaml.FormatError(err, false, false))
	}
	return nil
}
