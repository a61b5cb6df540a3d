package event

import (
	"time"

	"github.com/chronomap/chronomap/data/dates"
)

// date is the day s (YYYY-MM-DD), or nil for "".
func date(s string) *time.Time {
	if s == "" {
		return nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// window is the window of days from start to end.
func window(start, end string, p dates.Precision) *dates.Window {
	return &dates.Window{Start: *date(start), End: *date(end), Precision: p}
}

func intp(n int) *int { return &n }
