package theme

import (
	"strings"
	"time"
)

// TimeBar draws the time left of a total as a bar width cells wide: full
// when the clock starts, in the accent color, then the warning color from
// half time and the bad color in the last fifth. The words beside it (see
// present.Countdown and present.AlmostUp) say the same without color.
func TimeBar(st Styles, left, total time.Duration, width int) string {
	width = max(width, 1)
	filled := 0
	if total > 0 {
		filled = int((int64(width)*int64(max(left, 0)) + int64(total) - 1) / int64(total))
	}
	filled = min(filled, width)
	style := st.Title
	switch {
	case total > 0 && left*5 <= total:
		style = st.Bad
	case total > 0 && left*2 <= total:
		style = st.Warn
	}
	return style.Render(strings.Repeat("█", filled)) + st.Muted.Render(strings.Repeat("░", width-filled))
}
