// Package theme holds the palettes and styles every face draws with: the full
// screen, the classroom and the command line's styled output.
package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// Palette is the handful of colors httpquiz uses, by role.
type Palette struct {
	Text, Muted, Accent, Good, Bad, Warn color.Color
	// Class colors the status classes 1xx to 5xx, in order.
	Class [5]color.Color
}

// ANSIPalette uses the sixteen basic terminal colors. The terminal's own theme
// decides what they look like, so they read well on light and dark backgrounds
// without asking the terminal anything: right for one-shot command output.
func ANSIPalette() Palette {
	return Palette{
		Text:   lipgloss.NoColor{},
		Muted:  lipgloss.Color("8"),
		Accent: lipgloss.Color("5"),
		Good:   lipgloss.Color("2"),
		Bad:    lipgloss.Color("1"),
		Warn:   lipgloss.Color("3"),
		Class: [5]color.Color{
			lipgloss.Color("6"), lipgloss.Color("2"), lipgloss.Color("4"),
			lipgloss.Color("3"), lipgloss.Color("1"),
		},
	}
}

// AdaptivePalette picks colors for a known background, for the screens that
// learn the background from the terminal as they start.
func AdaptivePalette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	return Palette{
		Text:   ld(lipgloss.Color("#1f1f24"), lipgloss.Color("#e8e6e3")),
		Muted:  ld(lipgloss.Color("#6b6b76"), lipgloss.Color("#8f8f99")),
		Accent: ld(lipgloss.Color("#6b3fd4"), lipgloss.Color("#b39dff")),
		Good:   ld(lipgloss.Color("#1d7a3a"), lipgloss.Color("#5fd68a")),
		Bad:    ld(lipgloss.Color("#b3261e"), lipgloss.Color("#ff7a70")),
		Warn:   ld(lipgloss.Color("#8a5a00"), lipgloss.Color("#f2c14e")),
		Class: [5]color.Color{
			ld(lipgloss.Color("#00758f"), lipgloss.Color("#5ccfe6")),
			ld(lipgloss.Color("#1d7a3a"), lipgloss.Color("#5fd68a")),
			ld(lipgloss.Color("#2f5fb3"), lipgloss.Color("#7fa8ff")),
			ld(lipgloss.Color("#8a5a00"), lipgloss.Color("#f2c14e")),
			ld(lipgloss.Color("#b3261e"), lipgloss.Color("#ff7a70")),
		},
	}
}

// HighContrastPalette keeps every color at the far end of the scale from the
// background, and no text in a dim grey: for low vision and bright rooms.
func HighContrastPalette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	text := ld(lipgloss.Color("#000000"), lipgloss.Color("#ffffff"))
	return Palette{
		Text:   text,
		Muted:  ld(lipgloss.Color("#1a1a1a"), lipgloss.Color("#e6e6e6")),
		Accent: ld(lipgloss.Color("#0000c0"), lipgloss.Color("#ffff00")),
		Good:   ld(lipgloss.Color("#005f00"), lipgloss.Color("#00ff5f")),
		Bad:    ld(lipgloss.Color("#a00000"), lipgloss.Color("#ff5f5f")),
		Warn:   ld(lipgloss.Color("#5f3f00"), lipgloss.Color("#ffd75f")),
		Class:  [5]color.Color{text, text, text, text, text},
	}
}

// Themes are the palettes to choose from, by name.
var Themes = map[string]func(isDark bool) Palette{
	"default":       AdaptivePalette,
	"high-contrast": HighContrastPalette,
}

// Named returns the palette of the theme called name for a background; an
// unknown or empty name gives the default.
func Named(name string, isDark bool) Palette {
	if theme, ok := Themes[name]; ok {
		return theme(isDark)
	}
	return AdaptivePalette(isDark)
}

// Styles is every style httpquiz draws with, built from one palette.
type Styles struct {
	Palette Palette
	Title   lipgloss.Style
	Heading lipgloss.Style
	Text    lipgloss.Style
	Muted   lipgloss.Style
	Strong  lipgloss.Style
	Good    lipgloss.Style
	Bad     lipgloss.Style
	Warn    lipgloss.Style
}

// NewStyles builds the styles for a palette.
func NewStyles(p Palette) Styles {
	base := lipgloss.NewStyle().Foreground(p.Text)
	return Styles{
		Palette: p,
		Title:   lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		Heading: lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		Text:    base,
		Muted:   lipgloss.NewStyle().Foreground(p.Muted),
		Strong:  base.Bold(true),
		Good:    lipgloss.NewStyle().Bold(true).Foreground(p.Good),
		Bad:     lipgloss.NewStyle().Bold(true).Foreground(p.Bad),
		Warn:    lipgloss.NewStyle().Foreground(p.Warn),
	}
}

// Code styles a status code in its class color.
func (s Styles) Code(code int) lipgloss.Style {
	i := code/100 - 1
	if i < 0 || i >= len(s.Palette.Class) {
		return s.Strong
	}
	return lipgloss.NewStyle().Bold(true).Foreground(s.Palette.Class[i])
}

// For converts a palette to the colors a terminal can show, so that what is
// drawn with it needs no converting as it is written.
func (p Palette) For(profile colorprofile.Profile) Palette {
	c := func(col color.Color) color.Color { return profile.Convert(col) }
	out := Palette{Text: c(p.Text), Muted: c(p.Muted), Accent: c(p.Accent), Good: c(p.Good), Bad: c(p.Bad), Warn: c(p.Warn)}
	for i, col := range p.Class {
		out.Class[i] = c(col)
	}
	return out
}
