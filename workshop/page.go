package workshop

import (
	"strings"

	"github.com/httpquiz/httpquiz/theme"
)

// page is a participant's screen that may be taller than the window: its
// head and foot stay in place, and the body between them scrolls. The foot
// holds the player's own place, so it is always in sight.
type page struct {
	head, body, foot string
}

// scrolled draws a page in the window, its body moved on by the player's
// scroll offset, which it keeps within bounds.
func (p *player) scrolled(pg page) string {
	body := strings.Split(pg.body, "\n")
	foot := strings.Split(pg.foot, "\n")
	// The head, a blank line, the body, a blank line, the foot, a hint.
	room := p.height - 1 - 1 - 1 - len(foot) - 1
	if len(body) <= room || room < 1 {
		p.scroll = 0
		return pg.head + "\n\n" + pg.body + "\n\n" + pg.foot
	}
	p.scroll = min(max(p.scroll, 0), len(body)-room)
	shown := strings.Join(body[p.scroll:p.scroll+room], "\n")
	hint := p.styles.Muted.Render(scrollHint(p.scroll, len(body)-room-p.scroll))
	return pg.head + "\n\n" + shown + "\n" + theme.Truncate(hint, p.width-2) + "\n" + pg.foot
}

// scrollHint says which way there is more to read.
func scrollHint(above, below int) string {
	switch {
	case above > 0 && below > 0:
		return "↑↓ more above and below"
	case above > 0:
		return "↑ more above"
	}
	return "↓ more below: ↑↓ or j/k scroll"
}

// scrollKey moves a long reveal or podium; it reports whether the key was one.
func (p *player) scrollKey(k string) bool {
	switch k {
	case "up", "k":
		p.scroll--
	case "down", "j":
		p.scroll++
	case "pgup":
		p.scroll -= max(p.height/2, 1)
	case "pgdown", "space":
		p.scroll += max(p.height/2, 1)
	case "home", "g":
		p.scroll = 0
	case "end", "G":
		p.scroll = 1 << 20
	default:
		return false
	}
	return true
}
