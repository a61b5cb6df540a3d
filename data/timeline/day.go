package timeline

import (
	"math"
	"time"
)

// Day is a calendar day, counted in days since 1970-01-01 (UTC). Date
// windows are whole days, so days are all the timeline needs, and they make
// the index compact and its arithmetic exact.
type Day int32

// Bounds for ranges that are open at one end, as the cumulative mode's is.
const (
	MinDay Day = math.MinInt32
	MaxDay Day = math.MaxInt32
)

const secondsPerDay = 24 * 60 * 60

// DayOf is the UTC calendar day of t.
func DayOf(t time.Time) Day {
	s := t.Unix()
	d := s / secondsPerDay
	if s%secondsPerDay < 0 {
		d--
	}
	return Day(d)
}

// Time is the midnight (UTC) that starts d.
func (d Day) Time() time.Time {
	return time.Unix(int64(d)*secondsPerDay, 0).UTC()
}

// String is d as an ISO date.
func (d Day) String() string { return d.Time().Format(time.DateOnly) }

// add is d+n, saturated at MinDay and MaxDay so that open ranges stay open.
func (d Day) add(n int) Day {
	s := int64(d) + int64(n)
	return Day(max(int64(MinDay), min(int64(MaxDay), s)))
}

// Range is an inclusive span of days.
type Range struct{ From, To Day }

// Days is the number of days in r, 0 when it is empty.
func (r Range) Days() int { return max(0, int(int64(r.To)-int64(r.From)+1)) }

// Overlaps reports whether the window [start, end] shares a day with r.
func (r Range) Overlaps(start, end Day) bool {
	return r.From <= r.To && start <= r.To && end >= r.From
}

// hull is the smallest range that holds r and the window iv.
func (r Range) hull(iv interval) Range {
	return Range{From: min(r.From, iv.start), To: max(r.To, iv.end)}
}
