package tui

import (
	"testing"

	"github.com/httpquiz/httpquiz/quiz"
)

// BenchmarkQuestionView times drawing the question screen at 80x24, the frame
// redrawn most often. Target: under 200µs.
func BenchmarkQuestionView(b *testing.B) {
	hs := newHarness(&testing.T{}, roundOpts(quiz.PickCode)(), 80, 24)
	b.ReportAllocs()
	for b.Loop() {
		_ = hs.model.View()
	}
}

// BenchmarkMenuView times the first frame's screen.
func BenchmarkMenuView(b *testing.B) {
	hs := newHarness(&testing.T{}, menuOpts(), 100, 30)
	b.ReportAllocs()
	for b.Loop() {
		_ = hs.model.View()
	}
}
