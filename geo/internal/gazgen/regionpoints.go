package main

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// A first-level division is meant as a whole, so its point should be the
// middle of its main territory, as GeoNames places it. Natural Earth's
// admin-1 label points do not give that directly: the layer has one point
// per polygon part, so Hawaii has dozens across the Northwestern Islands,
// Florida has the Keys and California the Channel Islands, and the first
// point of a name in the file is as likely a rock as the mainland.

// usStateCentres computes each US state's centre as the land-area-weighted
// mean of its counties' Census internal points: close to the geographic
// centre GeoNames gives a state, and unlike a label point it cannot fall on
// an outlying island. Keys are USPS codes ("KY").
func usStateCentres(counties []censusCounty) map[string]orb.Point {
	type sum struct{ lon, lat, w float64 }
	sums := map[string]*sum{}
	for _, c := range counties {
		s := sums[c.state]
		if s == nil {
			s = &sum{}
			sums[c.state] = s
		}
		// A county of no land (none in 2018, but the file allows it) still
		// counts a little, so that a state of such counties has a centre.
		w := math.Max(c.aland, 1)
		s.lon += w * c.point.Lon()
		s.lat += w * c.point.Lat()
		s.w += w
	}
	out := make(map[string]orb.Point, len(sums))
	for st, s := range sums {
		out[st] = orb.Point{s.lon / s.w, s.lat / s.w}
	}
	return out
}

// landParts are the polygon parts of one country's outline (Natural
// Earth 1:50m), with their bounds and areas, to tell which part a label
// point lies on.
type landParts struct {
	polys  []orb.Polygon
	bounds []orb.Bound
	areas  []float64
}

// countryLandParts indexes the polygon parts of the country outlines by
// country code.
func countryLandParts(shapes []countryShape) map[string]*landParts {
	out := map[string]*landParts{}
	for _, s := range shapes {
		lp := out[s.cc]
		if lp == nil {
			lp = &landParts{}
			out[s.cc] = lp
		}
		for _, p := range s.shape {
			lp.polys = append(lp.polys, p)
			lp.bounds = append(lp.bounds, p.Bound())
			lp.areas = append(lp.areas, planar.Area(p))
		}
	}
	return out
}

// partAt is the index of the largest part a point lies on, -1 if none:
// islands too small for the 1:50m outline, or the sea.
func (lp *landParts) partAt(pt orb.Point) int {
	if lp == nil {
		return -1
	}
	best := -1
	for i, p := range lp.polys {
		if (best < 0 || lp.areas[i] > lp.areas[best]) && lp.bounds[i].Contains(pt) && planar.PolygonContains(p, pt) {
			best = i
		}
	}
	return best
}

// mainTerritoryPoint chooses among the label points of one division the
// one of its main territory:
//   - the point on the largest part of the country's land (the mainland);
//   - among points on that one part, the one deepest inside it: Natural
//     Earth puts a polygon's label well inside it, while the points of
//     islets that the coarse outline has merged into the mainland lie on
//     its coast (British Columbia's towns crowd around Vancouver, and the
//     point of an islet in Howe Sound is nearer to most of them than the
//     mainland's point in the interior);
//   - when no point lies on the outline, the point to which the most of the
//     division's own towns are nearest.
//
// A tie goes to the earlier point. With one point the choice is made.
func mainTerritoryPoint(points []orb.Point, towns []orb.Point, land *landParts) orb.Point {
	if len(points) == 1 {
		return points[0]
	}
	main := -1
	parts := make([]int, len(points))
	for i, p := range points {
		parts[i] = land.partAt(p)
		if parts[i] >= 0 && (main < 0 || land.areas[parts[i]] > land.areas[main]) {
			main = parts[i]
		}
	}
	if main >= 0 {
		best, bestD := 0, -1.0
		for i, p := range points {
			if parts[i] != main {
				continue
			}
			if d := planar.DistanceFrom(land.polys[main], p); d > bestD {
				best, bestD = i, d
			}
		}
		return points[best]
	}
	votes := make([]int, len(points))
	for _, t := range towns {
		best, bestD := 0, math.Inf(1)
		for i, p := range points {
			if d := nearDist2(t, p); d < bestD {
				best, bestD = i, d
			}
		}
		votes[best]++
	}
	best := 0
	for i, v := range votes {
		if v > votes[best] {
			best = i
		}
	}
	return points[best]
}

// nearDist2 is a squared distance in degrees, good enough to rank points
// that lie within one division: degrees of longitude are shrunk by the
// cosine of the latitude, and taken the short way round (Chukotka and Fiji
// straddle the antimeridian).
func nearDist2(a, b orb.Point) float64 {
	dlat := a.Lat() - b.Lat()
	dlon := math.Remainder(a.Lon()-b.Lon(), 360) * math.Cos((a.Lat()+b.Lat())/2*math.Pi/180)
	return dlat*dlat + dlon*dlon
}
