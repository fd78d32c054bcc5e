package present

import "strconv"

// The marks of a question's options in the classroom, the same on the
// projector and on every participant's screen: "▲ 1". Each option has a
// shape and a number as well as a color, so that nobody needs the color to
// tell them apart, and a room can be told "the triangle".
var optionShapes = []string{"▲", "◆", "●", "■"}

// OptionMark is the mark of the option at index i (0-based): its shape and
// the key that picks it.
func OptionMark(i int) string {
	return optionShapes[i%len(optionShapes)] + " " + strconv.Itoa(i+1)
}

// Medal is the podium's mark for a rank, "🥇 1.", and whether the rank has
// one: players who tie share a rank and its medal.
func Medal(rank int) (string, bool) {
	medal, ok := map[int]string{1: "🥇 1.", 2: "🥈 2.", 3: "🥉 3."}[rank]
	return medal, ok
}
