package dates

import "time"

// Precision is how exactly a window pins a date down, on ACLED's
// time_precision scale.
type Precision uint8

const (
	Day   Precision = 1 // the day is known (a window of one or two days)
	Week  Precision = 2 // known to within a few days or a week
	Month Precision = 3 // known to within a month or more
)

// MinYear and MaxYear bound the days Chronomap handles: the years that
// YYYY-MM-DD, the form it reads and writes dates in, can hold. The tagger
// keeps its windows within them, and the GeoJSON reader and writer refuse
// days outside them.
const (
	MinYear = 1
	MaxYear = 9999
)

// Window is an inclusive span of days. Start and End are midnight UTC,
// within the years MinYear to MaxYear.
type Window struct {
	Start, End time.Time
	Precision  Precision
}

// Overlaps says whether the two windows share a day.
func (w *Window) Overlaps(o *Window) bool { return !w.Start.After(o.End) && !o.Start.After(w.End) }

// Expression is a date expression found in a text.
type Expression struct {
	Text       string // as written
	Start, End int    // offsets in runes (Unicode code points), start inclusive, end exclusive
	// Window is what the expression resolves to, or nil where it cannot be
	// resolved: a relative expression ("on Monday") in a text with no
	// publication date.
	Window *Window
}
