package render

import (
	"slices"

	"github.com/paulmach/orb"
)

// Framing the events shown should not let one stray event decide the
// view: a single event in Moscow would squeeze seventy in Karabakh into a
// couple of clusters. FitBulk frames the bulk of them and leaves out the
// few that lie far from it, which the caller says are outside.
const (
	// outlierFence is how many interquartile ranges beyond the quartiles
	// (along x or y, in Web Mercator) an event must lie to be a stray
	// candidate: 3 is Tukey's "far out".
	outlierFence = 3
	// maxOutlierShare is the most events framing may leave out, but for
	// one: past it they are not strays but a part of the picture, and all
	// are framed.
	maxOutlierShare = 0.1
	// outlierZoom is how many zoom levels out of the bulk's frame a
	// candidate may lie and still be framed: leaving out an event that
	// costs less than that is not worth the hint it needs.
	outlierZoom = 2
	// minForOutliers is the fewest events among which one can stray:
	// with fewer, quartiles say nothing.
	minForOutliers = 5
)

// FitBulk frames the bulk of the events the scene shows in a view of
// width×height pixels, as Fit does, and says how many of those events it
// leaves outside; ok is false when no event is shown.
func (s *Scene) FitBulk(width, height, margin int, maxZoom float64) (v Viewport, outside int, ok bool) {
	pts := s.shownPoints()
	if len(pts) == 0 {
		return Viewport{}, 0, false
	}
	fit := func(b orb.Bound) Viewport { return Fit(b, width, height, margin, maxZoom) }
	strays := outliers(pts)
	if len(strays) == 0 || len(strays) > max(1, int(maxOutlierShare*float64(len(pts)))) {
		return fit(boundOf(pts, nil)), 0, true
	}
	v = fit(boundOf(pts, strays))
	reach := v
	reach.Zoom = max(MinZoom, v.Zoom-outlierZoom)
	near := reach.Bound()
	for i := range strays {
		if near.Contains(pts[i]) {
			delete(strays, i)
		}
	}
	if len(strays) == 0 {
		return fit(boundOf(pts, nil)), 0, true
	}
	return fit(boundOf(pts, strays)), len(strays), true
}

// shownPoints are the Web Mercator points of the events the scene draws.
func (s *Scene) shownPoints() []orb.Point {
	if s.Events == nil {
		return nil
	}
	var pts []orb.Point
	g := s.gate()
	for i := range s.Events.Len() {
		if p, placed := s.Events.Position(i); placed && !g.excludes(s.Events, i) {
			pts = append(pts, p)
		}
	}
	return pts
}

// outliers are the indices of the points far outside the interquartile
// spread of pts along x or y.
func outliers(pts []orb.Point) map[int]bool {
	if len(pts) < minForOutliers {
		return nil
	}
	out := map[int]bool{}
	for axis := range 2 {
		vals := make([]float64, len(pts))
		for i, p := range pts {
			vals[i] = p[axis]
		}
		slices.Sort(vals)
		q1, q3 := vals[len(vals)/4], vals[len(vals)*3/4]
		lo, hi := q1-outlierFence*(q3-q1), q3+outlierFence*(q3-q1)
		for i, p := range pts {
			if p[axis] < lo || p[axis] > hi {
				out[i] = true
			}
		}
	}
	return out
}

// boundOf is the bound of pts but those in leave.
func boundOf(pts []orb.Point, leave map[int]bool) orb.Bound {
	var b orb.Bound
	first := true
	for i, p := range pts {
		switch {
		case leave[i]:
		case first:
			b, first = p.Bound(), false
		default:
			b = b.Extend(p)
		}
	}
	return b
}
