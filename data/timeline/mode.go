package timeline

// Mode is how much of the time before the playhead the timeline shows.
//
// A window of several days ends at the playhead rather than centring on it:
// the map then shows "the last week as of this day", nothing the playhead
// has not reached yet appears, and while playing each event comes in at the
// playhead and leaves a fixed number of days later.
type Mode uint8

const (
	OneDay     Mode = iota // the playhead's day
	ThreeDays              // the playhead's day and the two before it
	Week                   // the seven days ending at the playhead
	Month                  // the thirty days ending at the playhead
	Cumulative             // every day up to the playhead
	// Brushed is a range of days the user chose on the strip, of any
	// length: see Index.Between. The menu does not offer it.
	Brushed
)

// Modes lists the modes in the order a menu shows them.
var Modes = []Mode{OneDay, ThreeDays, Week, Month, Cumulative}

var modeNames = [...]string{"Day", "3 days", "Week", "Month", "Cumulative", "Range"}

// String is the mode's name in a menu.
func (m Mode) String() string {
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return "Mode(?)"
}

// Days is the length of the mode's window in days, 0 for Cumulative and
// Brushed, whose windows have no set length.
func (m Mode) Days() int {
	switch m {
	case OneDay:
		return 1
	case ThreeDays:
		return 3
	case Week:
		return 7
	case Month:
		return 30
	}
	return 0
}

// Range is the days the mode shows with the playhead on day p; a cumulative
// range starts at MinDay. A brushed range is not the playhead's to say: it
// is the playhead's day alone here.
func (m Mode) Range(p Day) Range {
	if m == Cumulative {
		return Range{MinDay, p}
	}
	return Range{p.add(1 - max(1, m.Days())), p}
}
