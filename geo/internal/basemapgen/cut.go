package main

import (
	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/simplify"
)

// cut simplifies the feature for a level of detail, cuts it into the
// level's grid cells and passes each piece to emit; it returns how many
// pieces there were. Parts smaller than a pixel at the level's detail zoom
// are left out.
func (f *feature) cut(l lod, emit func(basemap.Piece)) int {
	if l.regionZoom == 0 {
		return f.cutAt(l, tolerance(l.detailZoom), func(int, int) bool { return true }, emit)
	}
	outside := func(col, row int) bool { return !l.inRegion(col, row) }
	return f.cutAt(l, tolerance(l.detailZoom), outside, emit) + f.cutAt(l, tolerance(l.regionZoom), l.inRegion, emit)
}

// cutAt is cut with a tolerance, for the cells where keep is true.
func (f *feature) cutAt(l lod, tol float64, keep func(col, row int) bool, emit func(basemap.Piece)) int {
	dp := simplify.DouglasPeucker(tol)
	n := 0
	piece := func(g orb.Geometry) {
		p := basemap.Piece{MinZoom: f.minZoom, Class: f.class, Bound: g.Bound()}
		switch g := g.(type) {
		case orb.Polygon:
			p.Polygon = g
		case orb.MultiLineString:
			p.Lines = g
		}
		emit(p)
		n++
	}
	for _, p := range f.polys {
		if s := simplePolygon(dp, p, tol); s != nil {
			cutCells(s, l.Grid, 1, 0, 0, keep, piece)
		}
	}
	var lines orb.MultiLineString
	for _, ls := range f.lines {
		if big(ls.Bound(), tol) {
			if s := dp.LineString(ls.Clone()); len(s) >= 2 {
				lines = append(lines, s)
			}
		}
	}
	if len(lines) > 0 {
		cutCells(lines, l.Grid, 1, 0, 0, keep, piece)
	}
	return n
}

// big reports whether a bound is at least two tolerances (a pixel) wide or
// high.
func big(b orb.Bound, tol float64) bool {
	return b.Max[0]-b.Min[0] >= 2*tol || b.Max[1]-b.Min[1] >= 2*tol
}

// simplePolygon is a polygon simplified within tol, without its rings that
// are smaller than a pixel or vanish; nil when its outer ring does.
func simplePolygon(dp *simplify.DouglasPeuckerSimplifier, p orb.Polygon, tol float64) orb.Polygon {
	var out orb.Polygon
	for i, r := range p {
		var s orb.Ring
		if big(r.Bound(), tol) {
			s = dp.Ring(r.Clone())
		}
		if len(s) < 4 {
			if i == 0 {
				return nil
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// cutCells clips g to cell (col, row) of a k×k grid and, while k is
// coarser than the n×n target grid, to each of the cell's four quarters in
// turn, so that each step clips only what the step before kept. Only the
// target cells where keep is true are emitted.
func cutCells(g orb.Geometry, n, k, col, row int, keep func(col, row int) bool, emit func(orb.Geometry)) {
	b := basemap.CellBound(k, col, row)
	if !b.Intersects(g.Bound()) {
		return
	}
	if !contains(b, g.Bound()) {
		g = clipTo(b, g)
		if g == nil {
			return
		}
	}
	if k == n {
		if keep(col, row) {
			emit(g)
		}
		return
	}
	for _, q := range [4][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
		cutCells(g, n, 2*k, 2*col+q[0], 2*row+q[1], keep, emit)
	}
}

func contains(outer, inner orb.Bound) bool {
	return outer.Contains(inner.Min) && outer.Contains(inner.Max)
}

// clipTo clips a polygon or lines to a bound, on a copy; nil when nothing
// is left.
func clipTo(b orb.Bound, g orb.Geometry) orb.Geometry {
	switch g := g.(type) {
	case orb.Polygon:
		var out orb.Polygon
		for i, r := range g {
			c := clip.Ring(b, r.Clone())
			if len(c) < 4 {
				if i == 0 {
					return nil
				}
				continue
			}
			out = append(out, c)
		}
		return out
	case orb.MultiLineString:
		if out := clip.MultiLineString(b, g.Clone()); len(out) > 0 {
			return out
		}
	}
	return nil
}
