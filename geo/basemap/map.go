package basemap

import (
	"math"

	"github.com/paulmach/orb"
)

// WorldMetres is the width (and height) of the Web Mercator square.
const WorldMetres = 2 * math.Pi * 6378137

// Map is a decoded basemap. It is read-only and safe for concurrent use.
type Map struct {
	levels []level
	labels []Label // the most important first
}

// level is the map at one level of detail.
type level struct {
	LevelSpec
	layers [numLayers]grid
}

// LevelSpec is how a level of detail is laid out.
type LevelSpec struct {
	// MaxZoom is the zoom up to which the level is used; the last level,
	// used beyond, has 0.
	MaxZoom float64
	// Grid is the number of cells along each side of the Web Mercator
	// square; a piece lies in one cell.
	Grid int
	// Bits is the precision of coordinates: they are multiples of 2^-Bits
	// of the world's width, which should be at most a pixel at the zoom
	// the level is simplified for, so that detail the level does not need
	// costs no bytes.
	Bits int
}

// unit is the size of the level's coordinate steps in metres.
func (s LevelSpec) unit() float64 { return WorldMetres / math.Exp2(float64(s.Bits)) }

// grid is one layer of one level: its pieces, sorted by cell.
type grid struct {
	pieces []Piece
	start  []int32 // the pieces of cell i are pieces[start[i]:start[i+1]]
}

// Piece is the part of one feature inside one grid cell.
type Piece struct {
	// Polygon is the shape of an area piece: outer ring counter-clockwise,
	// holes clockwise (y up), so that a non-zero fill of many pieces at
	// once leaves the holes open. Its edges along the cell are not outlines.
	Polygon orb.Polygon
	// Lines are the lines of a line piece.
	Lines   orb.MultiLineString
	Bound   orb.Bound
	MinZoom float64 // the piece is shown from this zoom on
	Class   Class
}

// level returns the level of detail for a zoom.
func (m *Map) level(zoom float64) *level {
	for i := range m.levels {
		if l := &m.levels[i]; zoom < l.MaxZoom || l.MaxZoom == 0 {
			return l
		}
	}
	return &m.levels[len(m.levels)-1]
}

// Levels is the layout of the map's levels of detail, coarsest first.
func (m *Map) Levels() []LevelSpec {
	out := make([]LevelSpec, len(m.levels))
	for i, l := range m.levels {
		out[i] = l.LevelSpec
	}
	return out
}

// Pieces returns the pieces of a layer to draw at a zoom in a Web Mercator
// bound: those of the level of detail for the zoom, in the cells the bound
// touches, that meet the bound and are shown at the zoom.
func (m *Map) Pieces(l Layer, zoom float64, b orb.Bound) []*Piece {
	if len(m.levels) == 0 || l >= numLayers {
		return nil
	}
	lev := m.level(zoom)
	g := &lev.layers[l]
	c0, r0 := cellOf(lev.Grid, b.Min)
	c1, r1 := cellOf(lev.Grid, b.Max)
	var out []*Piece
	for r := r0; r <= r1; r++ {
		// The cells of a row are next to each other.
		for i := g.start[r*lev.Grid+c0]; i < g.start[r*lev.Grid+c1+1]; i++ {
			p := &g.pieces[i]
			if zoom >= p.MinZoom && p.Bound.Intersects(b) {
				out = append(out, p)
			}
		}
	}
	return out
}

// Labels returns the labels shown at a zoom whose point is in a bound, the
// most important first.
func (m *Map) Labels(zoom float64, b orb.Bound) []*Label {
	var out []*Label
	for i := range m.labels {
		if l := &m.labels[i]; l.ShownAt(zoom) && b.Contains(l.Point) {
			out = append(out, l)
		}
	}
	return out
}

// cellOf returns the column and row of the cell of an n×n grid that holds
// a point, clamped to the grid; rows go from south to north.
func cellOf(n int, p orb.Point) (col, row int) {
	f := func(v float64) int {
		i := int(math.Floor((v + WorldMetres/2) / WorldMetres * float64(n)))
		return max(0, min(n-1, i))
	}
	return f(p[0]), f(p[1])
}

// CellBound is the bound of a cell of an n×n grid.
func CellBound(n, col, row int) orb.Bound {
	size := WorldMetres / float64(n)
	x, y := -WorldMetres/2+float64(col)*size, -WorldMetres/2+float64(row)*size
	return orb.Bound{Min: orb.Point{x, y}, Max: orb.Point{x + size, y + size}}
}
