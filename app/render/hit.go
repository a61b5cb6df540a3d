package render

import (
	"image"

	"github.com/paulmach/orb"
)

// HitKind says what lies under a point of a frame.
type HitKind uint8

const (
	Nothing        HitKind = iota // the map, or the legend
	OnEvent                       // a single event's marker, or the selected one
	OnCluster                     // the marker of several events
	OnPlace                       // a mentioned place's dot
	OnLegendToggle                // what collapses or expands the legend
)

// Hit is what lies under a point: Index is the event's index (OnEvent),
// the cluster's in Frame.Clusters (OnCluster), or the place's in Places
// (OnPlace).
type Hit struct {
	Kind  HitKind
	Index int
}

// hitSlop widens markers for the pointer: a 12-unit disc is a small
// target.
const hitSlop = 3

// HitAt is what was drawn on top at pixel (x, y) of the frame; a widget
// on a high-density screen multiplies its positions by the view's
// PixelScale.
func (f *Frame) HitAt(x, y float64) Hit {
	at := image.Pt(int(x), int(y))
	s := f.grid.pixels
	switch {
	case at.In(f.toggle):
		return Hit{Kind: OnLegendToggle}
	case at.In(f.legend):
		return Hit{}
	case f.selected >= 0 && dist(x, y, f.selX, f.selY) <= (markerRadius+hitSlop)*s:
		return Hit{OnEvent, f.selected}
	}
	if i, ok := f.ClusterAt(x, y); ok {
		if c := f.Clusters[i]; c.Count == 1 {
			return Hit{OnEvent, c.Event}
		}
		return Hit{OnCluster, i}
	}
	for _, p := range f.places {
		if dist(x, y, p.x, p.y) <= (placeRadius+hitSlop)*s {
			return Hit{OnPlace, p.place}
		}
	}
	return Hit{}
}

// OnSelected says whether pixel (x, y) is on the selected event's marker
// as drawn, on top of the rest: where a drag moves the event rather than
// the map.
func (f *Frame) OnSelected(x, y float64) bool {
	return f.selected >= 0 && f.HitAt(x, y) == Hit{OnEvent, f.selected}
}

// LegendToggle is where the legend's toggle was drawn, in the frame's
// pixels: its box, or the whole of a collapsed legend.
func (f *Frame) LegendToggle() image.Rectangle { return f.toggle }

// ClusterAt is the index of the topmost marker at pixel (x, y), leaving
// aside the selected event's, which is drawn above them all.
func (f *Frame) ClusterAt(x, y float64) (int, bool) {
	for i, c := range f.Clusters {
		if dist(x, y, c.X, c.Y) <= c.R+hitSlop*f.grid.pixels {
			return i, true
		}
	}
	return 0, false
}

// Members are the indices of the events in cluster c, in index order.
func (f *Frame) Members(c int) []int {
	var out []int
	for i := range f.events.x {
		px, py := f.grid.pixel(float64(f.events.x[i]), float64(f.events.y[i]))
		if k := f.grid.cellOf(px, py); k >= 0 && f.owner[k] == int32(c) && !f.gate.excludes(f.events, i) {
			out = append(out, i)
		}
	}
	return out
}

// ClusterBound is the Web Mercator bound of cluster c's members, to zoom
// into it. Like Members, it looks through all the events, so it is kept
// for the next call: it is for the pointer, not for every frame.
func (f *Frame) ClusterBound(c int) orb.Bound {
	if b, ok := f.bounds[c]; ok {
		return b
	}
	members := f.Members(c)
	first, _ := f.events.Position(members[0])
	b := first.Bound()
	for _, i := range members[1:] {
		p, _ := f.events.Position(i)
		b = b.Extend(p)
	}
	if f.bounds == nil {
		f.bounds = map[int]orb.Bound{}
	}
	f.bounds[c] = b
	return b
}
