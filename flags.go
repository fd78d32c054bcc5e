package main

import (
	"fmt"
	"strconv"
	"time"
)

// secondsFlag is a time span given as whole seconds ("20") or as a duration
// ("20s", "2m").
type secondsFlag struct{ d *time.Duration }

func (f secondsFlag) String() string {
	if f.d == nil {
		return ""
	}
	return f.d.String()
}

func (f secondsFlag) Set(s string) error {
	if n, err := strconv.Atoi(s); err == nil {
		*f.d = time.Duration(n) * time.Second
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("want seconds (20) or a duration (20s, 2m)")
	}
	*f.d = d
	return nil
}

func (f secondsFlag) Type() string { return "seconds" }
