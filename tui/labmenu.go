package tui

import (
	"github.com/httpquiz/httpquiz/quiz"
	"github.com/httpquiz/httpquiz/round"
)

// newLabPicker is the lab's page of the menu: predict real requests, or
// make the lab answer each code from another terminal.
func newLabPicker(sh *shared) *picker {
	return &picker{sh: sh, title: "Lab", sub: "a real HTTP API inside httpquiz",
		intro: "The lab is a small API of users, notes, jobs and a gateway, running on this machine. " +
			"Its answers are real responses: predict them here, or call it yourself and watch each quest tick off.",
		list: choices{items: []choice{
			{"Predict", "10 real requests: predict each status, then see the real response",
				send(goMsg{to: toRound, spec: round.LabPredict(quiz.DefaultCount)})},
			{"Quests", "make the lab answer every code, with curl from another terminal", goTo(toQuests)},
		}}}
}
