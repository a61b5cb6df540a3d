package toponym

import (
	"cmp"
	"math"
	"slices"

	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

// The anchors' points form an implicit k-d tree: in a slice, the middle
// place splits the others, those before it not above it and those after it
// not below it, on latitude at even depths and longitude at odd ones; each
// half is a tree of its own. A search for the nearest anchor skips every
// half that cannot hold one nearer than the nearest found, by a lower bound
// on distanceKm over the half's box of latitudes and longitudes.

// buildTree orders ps as a tree whose root splits on the axis of depth.
func buildTree(ps []*geo.Place, depth int) {
	if len(ps) < 2 {
		return
	}
	axis := depth % 2
	slices.SortFunc(ps, func(a, b *geo.Place) int { return cmp.Compare(coord(a.Point, axis), coord(b.Point, axis)) })
	m := len(ps) / 2
	buildTree(ps[:m], depth+1)
	buildTree(ps[m+1:], depth+1)
}

// coord is a point's latitude (axis 0) or longitude (axis 1).
func coord(p orb.Point, axis int) float64 { return p[1-axis] }

// box is a range of latitudes and longitudes, bounds included.
type box struct{ latLo, latHi, lonLo, lonHi float64 }

// extent is the least box that holds the points of ps.
func extent(ps []*geo.Place) box {
	b := box{math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)}
	for _, p := range ps {
		lon, lat := p.Point[0], p.Point[1]
		b = box{min(b.latLo, lat), max(b.latHi, lat), min(b.lonLo, lon), max(b.lonHi, lon)}
	}
	return b
}

// nearestQuery is a search for the anchor nearest to at, rivals aside.
type nearestQuery struct {
	at     orb.Point
	rivals []*geo.Place
	best   float64
}

func (q *nearestQuery) visit(ps []*geo.Place, depth int, b box) {
	if len(ps) == 0 || q.beyond(b) {
		return
	}
	m := len(ps) / 2
	if p := ps[m]; !slices.Contains(q.rivals, p) {
		q.best = min(q.best, distanceKm(q.at, p.Point))
	}
	axis := depth % 2
	split := coord(ps[m].Point, axis)
	low, high := b, b
	if axis == 0 {
		low.latHi, high.latLo = split, split
	} else {
		low.lonHi, high.lonLo = split, split
	}
	// The half the point lies in first: it finds a near anchor soonest.
	if coord(q.at, axis) < split {
		q.visit(ps[:m], depth+1, low)
		q.visit(ps[m+1:], depth+1, high)
	} else {
		q.visit(ps[m+1:], depth+1, high)
		q.visit(ps[:m], depth+1, low)
	}
}

// beyond says whether no point of b can lie nearer than the nearest anchor
// found, or than farKm. The margin keeps it true despite rounding, as in
// fartherThan.
func (q *nearestQuery) beyond(b box) bool {
	lat, lon := q.at[1], q.at[0]
	dlat := max(0, b.latLo-lat, lat-b.latHi)
	bound := kmPerDegree * math.Hypot(dlat, lonGap(lon, b.lonLo, b.lonHi)*minCos(lat, b.latLo, b.latHi))
	limit := min(q.best, farKm)
	return bound > limit*(1+1e-9)+1e-9
}

// lonGap is the least difference in longitude, the way around the world
// that distanceKm takes, between lon and a longitude in [lo, hi]; 0 where
// it cannot tell (a longitude outside [-180, 180]).
func lonGap(lon, lo, hi float64) float64 {
	if lon < -180 || lon > 180 || lo < -180 || hi > 180 || lo <= lon && lon <= hi {
		return 0
	}
	near, far := lo-lon, hi-lon
	if lon > hi {
		near, far = lon-hi, lon-lo
	}
	return max(0, min(near, 360-far))
}

// minCos is the least cosDegrees of the mean latitude of lat and a latitude
// in [lo, hi], which scales a difference in longitude to distanceKm; 0 where
// it cannot tell (a latitude outside [-90, 90]).
func minCos(lat, lo, hi float64) float64 {
	if lat < -90 || lat > 90 || lo < -90 || hi > 90 {
		return 0
	}
	// cosDegrees falls from 0 to 90 degrees either way: least at the mean
	// farthest from the equator.
	mean := max(math.Abs(lat+lo), math.Abs(lat+hi)) / 2
	return max(0, cosDegrees(mean))
}
