// Package eventtest builds the dates, windows and counts that tests of
// events write by hand.
package eventtest

import (
	"time"

	"github.com/chronomap/chronomap/data/dates"
)

// Day is the day s (YYYY-MM-DD), or nil for "". It panics on any other s:
// a test's own date is wrong.
func Day(s string) *time.Time {
	if s == "" {
		return nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// Window is the window of days from start to end, of precision p.
func Window(start, end string, p dates.Precision) *dates.Window {
	return &dates.Window{Start: *Day(start), End: *Day(end), Precision: p}
}

// Count is a stated count of n.
func Count(n int) *int { return &n }
