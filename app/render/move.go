package render

import (
	"image/color"
	"math"

	"github.com/paulmach/orb"
)

// Moving is the selected event dragged to another place on the map. The
// frame draws its marker at To, in Web Mercator metres, with a dashed line
// back to where the event is (whose marker stays there until the drop),
// and, when Snapped, a second ring around it: To is a place of the
// gazetteer that the drop will snap to, not the pointer's point.
type Moving struct {
	To      orb.Point
	Snapped bool
}

// The line from a dragged marker back to its event's place, in units: thin
// and dashed, so that it reads as where the event was, not as a route.
var moveLine = lineStyle{width: 1.5, dash: []float64{5, 4}}

// snapRing is how far outside the selection's halo the ring of a snapped
// drop lies, in units.
const snapRing = 5

// drawMove draws the line from pixel (px, py), where the event is, to
// where m takes it, and the snap ring there if it snaps; it returns where
// the marker goes.
func (f *Frame) drawMove(px, py float64, m *Moving, colour color.RGBA) (x, y float64) {
	x, y = f.grid.pixel(m.To[0], m.To[1])
	s := f.grid.pixels
	// From the rim of the marker left behind, which the line must not
	// hide, to the halo of the one dragged.
	from, to := (markerRadius+1)*s, (markerRadius+4)*s
	if d := math.Hypot(x-px, y-py); d > from+to {
		st := moveLine
		st.color = colour
		dx, dy := (x-px)/d, (y-py)/d
		(&stroker{dst: f.img, style: st.scaled(s)}).dashed(px+dx*from, py+dy*from, x-dx*to, y-dy*to)
	}
	if m.Snapped {
		stamp(f.img, x, y, stampKey{shape: halo, colour: colour, radius: (markerRadius + snapRing) * s, scale: s})
	}
	return x, y
}
