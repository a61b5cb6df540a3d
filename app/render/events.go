package render

import (
	"math"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// Events are a set of events prepared for drawing: their Web Mercator
// coordinates, projected once when the set is loaded rather than every
// frame, and what their markers look like, packed into a byte each. Index i
// is the event at index i of the slice they were made from.
type Events struct {
	x, y        []float32 // Web Mercator metres; NaN for an event not drawn (see NewEvents)
	look        []uint8   // markerLook
	first, last []int32   // the date window, in days since 1970 (see windowDays)
	// bound is where the placed events are, for fitting the view to them.
	minX, minY, maxX, maxY float64
	placed                 int
}

// A markerLook is an event type (its index in event.Types) in the low bits,
// lookExact when the event's date is known to the day, and lookRegion when
// its place is known only as a region or a country.
type markerLook = uint8

const (
	lookExact  markerLook = 0x80
	lookRegion markerLook = 0x40
	lookFlags             = lookExact | lookRegion
	// lookMixed marks a cluster in which no type makes two thirds.
	lookMixed markerLook = 0x3f
)

// NewEvents prepares events for drawing. Events with no place, or with a
// point off the Earth (beyond ±90° latitude or ±180° longitude, NaN or
// infinite), are kept, so that indices match, but never drawn: such a point
// would stretch the view to fit it into nowhere. Events come from files and
// from code, so whatever they hold must draw; an unknown type draws as
// event.Other.
func NewEvents(events []event.Event) *Events {
	e := &Events{
		x:     make([]float32, len(events)),
		y:     make([]float32, len(events)),
		look:  make([]uint8, len(events)),
		first: make([]int32, len(events)),
		last:  make([]int32, len(events)),
		minX:  math.Inf(1), minY: math.Inf(1), maxX: math.Inf(-1), maxY: math.Inf(-1),
	}
	for i, ev := range events {
		e.look[i] = uint8(ev.Type.Known())
		e.first[i], e.last[i] = windowDays(ev.Window)
		if isExact(ev.Window) {
			e.look[i] |= lookExact
		}
		if isRegion(ev.Place) {
			e.look[i] |= lookRegion
		}
		if ev.Place == nil || !geo.ValidPoint(ev.Place.Point) {
			e.x[i], e.y[i] = float32(math.NaN()), float32(math.NaN())
			continue
		}
		m := Mercator(ev.Place.Point)
		e.x[i], e.y[i] = float32(m[0]), float32(m[1])
		e.minX, e.maxX = math.Min(e.minX, m[0]), math.Max(e.maxX, m[0])
		e.minY, e.maxY = math.Min(e.minY, m[1]), math.Max(e.maxY, m[1])
		e.placed++
	}
	return e
}

// isExact says whether a date window pins its event to one day, as the
// legend's "Known to the day" promises. A two-day window ("overnight",
// "on Saturday or Sunday") has dates.Day precision on ACLED's scale, but
// which day is not known, so it is drawn as a ring with the wider windows
// and the undated.
func isExact(w *dates.Window) bool {
	return w != nil && dayOf(w.Start) == dayOf(w.End)
}

// isRegion says whether a place is known only as an area (a district, a
// province, a named region or a whole country), whose point is a centroid
// or capital, not where the event happened: it is drawn as a diamond
// rather than as a town's dot.
func isRegion(p *geo.Place) bool {
	return p != nil && (p.Kind == geo.Region || p.Kind == geo.Country)
}

// Len is the number of events, placed or not.
func (e *Events) Len() int { return len(e.x) }

// Placed is the number of events that have a place on Earth and so a marker.
func (e *Events) Placed() int { return e.placed }

// Bound is the Web Mercator bound of the placed events; ok is false when
// there are none.
func (e *Events) Bound() (b orb.Bound, ok bool) {
	if e.placed == 0 {
		return orb.Bound{}, false
	}
	return orb.Bound{Min: orb.Point{e.minX, e.minY}, Max: orb.Point{e.maxX, e.maxY}}, true
}

// Position is where event i is, in Web Mercator metres, and whether it is
// drawn.
func (e *Events) Position(i int) (p orb.Point, ok bool) {
	if i < 0 || i >= len(e.x) || math.IsNaN(float64(e.x[i])) {
		return orb.Point{}, false
	}
	return orb.Point{float64(e.x[i]), float64(e.y[i])}, true
}
