package main

import (
	"math"
	"testing"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// cutAll cuts a feature at a level and returns its pieces.
func cutAll(f *feature, l lod) []basemap.Piece {
	var out []basemap.Piece
	f.cut(l, func(p basemap.Piece) { out = append(out, p) })
	return out
}

func TestCutKeepsShapesAndPutsEachPieceInOneCell(t *testing.T) {
	const r = 5e6 // a square of land 10 000 km wide, with a hole, across many cells
	outer := orb.Ring{{-r, -r}, {r, -r}, {r, r}, {-r, r}, {-r, -r}}
	hole := orb.Ring{{-r / 2, -r / 2}, {-r / 2, r / 2}, {r / 2, r / 2}, {r / 2, -r / 2}, {-r / 2, -r / 2}}
	land := &feature{layer: basemap.Land}
	if err := land.setGeometry(orb.Polygon{outer, hole}); err != nil {
		t.Fatal(err)
	}
	river := &feature{layer: basemap.Rivers, lines: orb.MultiLineString{{{-r, -r}, {r, r / 3}}}}
	wantArea := planar.Area(orb.Polygon{outer, hole})
	wantLength := planar.Length(river.lines[0])

	for _, l := range lods {
		var area, length float64
		for _, f := range []*feature{land, river} {
			for _, p := range cutAll(f, l) {
				col, row := int(math.Floor((p.Bound.Center()[0]+basemap.WorldMetres/2)/basemap.WorldMetres*float64(l.Grid))),
					int(math.Floor((p.Bound.Center()[1]+basemap.WorldMetres/2)/basemap.WorldMetres*float64(l.Grid)))
				cell := basemap.CellBound(l.Grid, col, row)
				if !contains(cell.Pad(1e-6), p.Bound) {
					t.Fatalf("grid %d: a piece %v spills out of its cell %v", l.Grid, p.Bound, cell)
				}
				for i, ring := range p.Polygon {
					// Outer rings stay counter-clockwise and holes clockwise,
					// as a non-zero fill of the pieces together needs.
					if want := (i == 0) == (ring.Orientation() == orb.CCW); !want {
						t.Fatalf("grid %d: ring %d of a piece is wound the wrong way", l.Grid, i)
					}
				}
				area += planar.Area(p.Polygon)
				length += planar.Length(p.Lines)
			}
		}
		if math.Abs(area-wantArea) > 1e-6*wantArea {
			t.Errorf("grid %d: the pieces' area is %g, the land's %g", l.Grid, area, wantArea)
		}
		if math.Abs(length-wantLength) > 1e-6*wantLength {
			t.Errorf("grid %d: the pieces' length is %g, the river's %g", l.Grid, length, wantLength)
		}
	}
}

func TestCutDropsWhatIsSmallerThanAPixel(t *testing.T) {
	islet := &feature{layer: basemap.Land}
	if err := islet.setGeometry(orb.Polygon{{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}}); err != nil {
		t.Fatal(err)
	}
	if n := len(cutAll(islet, lods[0])); n != 0 {
		t.Errorf("a 1 km islet makes %d pieces at the world level", n)
	}
	if n := len(cutAll(islet, lods[len(lods)-1])); n != 1 {
		t.Errorf("a 1 km islet makes %d pieces at the finest level, want 1", n)
	}
}
