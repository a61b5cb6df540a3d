package render

import (
	"image"
	"image/color"
	"testing"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
)

// squarePiece is an area piece, a square with a square hole, in pixels
// (y up, as Web Mercator metres are).
func squarePiece(x, y, size float64) *basemap.Piece {
	r := func(x, y, s float64, ccw bool) orb.Ring {
		ring := orb.Ring{{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}, {x, y}}
		if !ccw {
			ring.Reverse()
		}
		return ring
	}
	p := orb.Polygon{r(x, y, size, true), r(x+size/4, y+size/4, size/2, false)}
	return &basemap.Piece{Polygon: p, Bound: p.Bound()}
}

func TestFillLeavesHolesAndSharedEdges(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 100, 60))
	var f filler
	// Two squares side by side, as a shape cut along a grid cell is: the
	// edge they share must not show.
	pieces := []*basemap.Piece{squarePiece(10, -50, 40), squarePiece(50, -50, 40)}
	area, mask := f.cover(pieces, toPixels{s: 1}, img.Rect)
	fillOutside(img, img.Rect, area, SeaColor)
	fillBetween(img, area, mask, SeaColor, LandColor)
	tests := []struct {
		x, y int
		want color.RGBA
	}{
		{12, 12, LandColor}, {49, 15, LandColor}, {50, 15, LandColor}, // on both sides of the shared edge
		{30, 30, SeaColor},                   // the hole
		{5, 5, SeaColor}, {95, 55, SeaColor}, // outside
	}
	for _, tt := range tests {
		if got := img.RGBAAt(tt.x, tt.y); got != tt.want {
			t.Errorf("(%d, %d) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}

func TestHatchMarksOnlyTheArea(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 60, 60))
	fillRect(img, img.Rect, LandColor)
	var f filler
	f.eachCover([]*basemap.Piece{squarePiece(10, -50, 40)}, toPixels{s: 1}, img.Rect, func(area image.Rectangle, mask *image.Alpha) {
		hatch(img, area, mask, lightPalette.hatch, 0, 0, hatchPeriod, 1)
	})
	inside, outside := 0, 0
	for y := 0; y < 60; y++ {
		for x := 0; x < 60; x++ {
			if img.RGBAAt(x, y) == LandColor {
				continue
			}
			in := x >= 10 && x < 50 && y >= 10 && y < 50 && !(x >= 20 && x < 40 && y >= 20 && y < 40)
			if in {
				inside++
			} else {
				outside++
			}
		}
	}
	// Lines 1.2 px wide every 10 px cover about a sixth of the area.
	if inside < 1200/10 || outside > 40 {
		t.Errorf("%d hatched pixels inside the area and %d outside", inside, outside)
	}
}
