package naturalearth

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
)

// Contains reports whether a point is inside a polygon (not in its holes).
func Contains(p orb.Polygon, pt orb.Point) bool {
	return p.Bound().Contains(pt) && planar.PolygonContains(p, pt)
}

// LargestPolygon returns the largest polygon of a polygon or multipolygon.
func LargestPolygon(g orb.Geometry) (orb.Polygon, bool) {
	switch g := g.(type) {
	case orb.Polygon:
		return g, len(g) > 0
	case orb.MultiPolygon:
		best, _, ok := Largest(g, func(p orb.Polygon) float64 { return planar.Area(p) })
		return best, ok
	}
	return nil, false
}

// Largest returns the non-empty part of a multi-geometry with the greatest
// size, and that size.
func Largest[T ~[]E, E any](parts []T, size func(T) float64) (T, float64, bool) {
	var best T
	bestSize, found := -1.0, false
	for _, p := range parts {
		if s := size(p); s > bestSize && len(p) > 0 {
			best, bestSize, found = p, s, true
		}
	}
	return best, bestSize, found
}

// InteriorPoint returns a point inside a polygon: its centroid when that is
// inside, else the middle of the stretch of the polygon, along the parallel
// through the centroid, that is nearest to it (a crescent lake's centroid
// is on land).
func InteriorPoint(p orb.Polygon) orb.Point {
	c, _ := planar.CentroidArea(p)
	if planar.PolygonContains(p, c) {
		return c
	}
	lat := c.Lat()
	var xs []float64
	for _, ring := range p {
		for i := 1; i < len(ring); i++ {
			a, b := ring[i-1], ring[i]
			if (a.Lat() > lat) != (b.Lat() > lat) {
				xs = append(xs, a.Lon()+(lat-a.Lat())*(b.Lon()-a.Lon())/(b.Lat()-a.Lat()))
			}
		}
	}
	slices.Sort(xs)
	best, dist := c, math.Inf(1)
	for i := 0; i+1 < len(xs); i += 2 {
		mid := (xs[i] + xs[i+1]) / 2
		if d := math.Abs(mid - c.Lon()); d < dist {
			best, dist = orb.Point{mid, lat}, d
		}
	}
	return best
}

// CountryLabelPoint picks a country's point from the admin-0 label points
// layer, which has one point per polygon of a country: the one inside the
// country's largest polygon. a3 is the country's Natural Earth ADM0_A3.
func CountryLabelPoint(labels *geojson.FeatureCollection, a3 string, largest orb.Polygon) (orb.Point, bool) {
	// Small islands near a coast have points inside the polygon too: the
	// country's own point is the one nearest the polygon's centroid.
	center, _ := planar.CentroidArea(largest)
	best, bestRank, bestDist := orb.Point{}, -1, 0.0
	for _, l := range labels.Features {
		pt, ok := l.Geometry.(orb.Point)
		if !ok || l.Properties.MustString("featurecla", "") != "Admin-0 scale ranks" || !Contains(largest, pt) {
			continue
		}
		// Prefer the country's own point over one of a territory inside it.
		rank := 1
		if l.Properties.MustString("sr_adm0_a3", "") == a3 {
			rank = 0
		}
		dist := planar.DistanceSquared(pt, center)
		if bestRank < 0 || rank < bestRank || rank == bestRank && dist < bestDist {
			best, bestRank, bestDist = pt, rank, dist
		}
	}
	return best, bestRank >= 0
}
