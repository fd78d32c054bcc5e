package present

import (
	"testing"
	"time"
)

func TestUntil(t *testing.T) {
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.Local)
	for d, want := range map[time.Duration]string{
		20 * time.Minute:              "within the hour",
		5 * time.Hour:                 "in 5 hours",
		23*time.Hour + 59*time.Minute: "tomorrow",
		72 * time.Hour:                "in 3 days (Thu 5 Mar)",
	} {
		if got := Until(now, now.Add(d)); got != want {
			t.Errorf("Until(+%v) = %q, want %q", d, got, want)
		}
	}
}
