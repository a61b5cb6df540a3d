package render

import (
	"math"
	"time"

	"github.com/chronomap/chronomap/data/dates"
)

// Period limits the events a scene draws to those whose date window
// overlaps it, as a step of a timeline does. From and To are days at
// midnight UTC, both included. Undated events are drawn only when Undated
// is set.
type Period struct {
	From, To time.Time
	Undated  bool
}

// dayRange is a period as days since 1970, the way Events keeps the
// events' windows; a zero dayRange limits nothing.
type dayRange struct {
	from, to int32
	on       bool
	undated  bool
}

func (p *Period) days() dayRange {
	if p == nil {
		return dayRange{}
	}
	return dayRange{from: dayOf(p.From), to: dayOf(p.To), on: true, undated: p.Undated}
}

// excludes says whether event i of e lies outside the range.
func (r dayRange) excludes(e *Events, i int) bool {
	if !r.on {
		return false
	}
	if e.first[i] > e.last[i] { // undated
		return !r.undated
	}
	return e.first[i] > r.to || e.last[i] < r.from
}

// dayOf is the day t falls on, counted from 1 January 1970.
func dayOf(t time.Time) int32 { return int32(math.Floor(float64(t.Unix()) / 86400)) }

// windowDays is a window as days; an undated event gets an empty range,
// which no period overlaps.
func windowDays(w *dates.Window) (first, last int32) {
	if w == nil {
		return math.MaxInt32, math.MinInt32
	}
	return dayOf(w.Start), dayOf(w.End)
}
