package content

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/goccy/go-yaml"
)

//go:embed drills.yaml
var drillsYAML []byte

// Drill is a focused round on a group of codes that are often confused: it
// opens with a short lesson and asks the scenarios tagged with its name.
type Drill struct {
	Name     string `yaml:"name"`
	Title    string `yaml:"title"`
	Codes    []int  `yaml:"codes"`
	Mnemonic string `yaml:"mnemonic"`
	Lesson   string `yaml:"lesson"`
}

var drills = sync.OnceValues(func() ([]Drill, error) {
	var out []Drill
	if err := yaml.UnmarshalWithOptions(drillsYAML, &out, yaml.DisallowUnknownField(), yaml.Strict()); err != nil {
		return nil, fmt.Errorf("drills.yaml: %s", yaml.FormatError(err, false, false))
	}
	return out, nil
})

// Drills returns the built-in drills in their documented order.
func Drills() ([]Drill, error) { return drills() }

// FindDrill returns the drill with the given name.
func FindDrill(name string) (Drill, bool) {
	all, err := drills()
	if err != nil {
		return Drill{}, false
	}
	for _, d := range all {
		if d.Name == name {
			return d, true
		}
	}
	return Drill{}, false
}
