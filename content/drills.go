package content

import "slices"

// Drill is a focused round on a group of codes that are often confused: it
// opens with a short lesson and asks the scenarios tagged with its name.
type Drill struct {
	Name     string `yaml:"name"`
	Title    string `yaml:"title"`
	Codes    []int  `yaml:"codes"`
	Mnemonic string `yaml:"mnemonic"`
	Lesson   string `yaml:"lesson"`
	// ByCode picks the drill's scenarios by their answer, among Codes, not
	// by a tag: a drill made from a learner's own mix-ups.
	ByCode bool `yaml:"-"`
}

// Drills returns the built-in drills in their documented order.
func Drills() []Drill { return slices.Clone(builtinDrills) }

// FindDrill returns the built-in drill with the given name.
func FindDrill(name string) (Drill, bool) {
	for _, d := range builtinDrills {
		if d.Name == name {
			return d, true
		}
	}
	return Drill{}, false
}
