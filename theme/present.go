package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"github.com/httpquiz/httpquiz/present"
)

// Drawing present's words, the same way in every face that styles them.

// Tone is the style for a tone of voice.
func (s Styles) Tone(t present.Tone) lipgloss.Style {
	switch t {
	case present.Good:
		return s.Good
	case present.Bad:
		return s.Bad
	}
	return s.Text
}

// Verdict styles a verdict line: its mark and word carry the meaning, the
// color only repeats it.
func (s Styles) Verdict(v present.Verdict) string {
	line := s.Tone(v.Tone).Render(v.Mark+" "+v.Word) + " " + s.Text.Render(v.Lead) + s.Strong.Render(v.Answer) +
		s.Text.Render(v.Tail)
	if v.Score != "" {
		line += s.Muted.Render("   " + v.Score)
	}
	return line
}

// Paragraph styles a labeled paragraph, wrapped to width.
func (s Styles) Paragraph(p present.Paragraph, width int) string {
	return Wrap(s.Heading.Render(p.Label)+" "+s.Text.Render(p.Text), width)
}

// Option styles the mark of the option at index i: four colors that differ
// in hue and in lightness, the shape beside them carrying the same meaning.
func (s Styles) Option(i int) lipgloss.Style {
	p := s.Palette
	colors := []color.Color{p.Bad, p.Class[2], p.Warn, p.Good}
	return lipgloss.NewStyle().Bold(true).Foreground(colors[i%len(colors)])
}
