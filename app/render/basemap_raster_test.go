package render

import (
	"math"
	"testing"
)

// rasterArea rasterises a closed polygon into a w×h raster and returns the
// area its mask covers, in pixels, and the mask.
func rasterArea(w, h int, pts [][2]float64) (float64, []uint8) {
	var r raster
	r.reset(w, h)
	for i := range pts {
		a, b := pts[i], pts[(i+1)%len(pts)]
		r.line(a[0], a[1], b[0], b[1])
	}
	mask := make([]uint8, w*h)
	r.mask(mask)
	sum := 0.0
	for _, m := range mask {
		sum += float64(m) / 255
	}
	return sum, mask
}

func TestRasterCoversTheArea(t *testing.T) {
	tests := []struct {
		name string
		pts  [][2]float64
		want float64 // the area inside the 40×30 raster
	}{
		{"a square on pixel edges", [][2]float64{{10, 10}, {20, 10}, {20, 20}, {10, 20}}, 100},
		{"a square off them", [][2]float64{{10.5, 10.25}, {20.5, 10.25}, {20.5, 20.25}, {10.5, 20.25}}, 100},
		{"wound the other way", [][2]float64{{10, 10}, {10, 20}, {20, 20}, {20, 10}}, 100},
		{"a triangle", [][2]float64{{0, 0}, {30, 0}, {0, 20}}, 300},
		{"a thin sliver", [][2]float64{{2, 5}, {38, 6}, {2, 6}}, 18},
		{"far out to the left, across the raster", [][2]float64{{-1e5, 5}, {20, 5}, {20, 15}, {-1e5, 15}}, 200},
		{"out to the right and below", [][2]float64{{30, 20}, {1e5, 20}, {1e5, 1e5}, {30, 1e5}}, 100},
		{"wholly outside", [][2]float64{{-50, -50}, {-10, -50}, {-10, -10}}, 0},
	}
	for _, tt := range tests {
		got, _ := rasterArea(40, 30, tt.pts)
		if math.Abs(got-tt.want) > 0.01*tt.want+1 {
			t.Errorf("%s: covers %.2f pixels, want %.2f", tt.name, got, tt.want)
		}
	}
}

func TestRasterLeavesHoles(t *testing.T) {
	var r raster
	r.reset(30, 30)
	ring := func(pts [][2]float64) {
		for i := range pts {
			a, b := pts[i], pts[(i+1)%len(pts)]
			r.line(a[0], a[1], b[0], b[1])
		}
	}
	ring([][2]float64{{0, 0}, {30, 0}, {30, 30}, {0, 30}})
	ring([][2]float64{{10, 10}, {10, 20}, {20, 20}, {20, 10}}) // the other way round: a hole
	mask := make([]uint8, 30*30)
	r.mask(mask)
	if mask[15*30+15] != 0 || mask[5*30+5] != 0xff {
		t.Errorf("the hole is %d and the ring %d, want 0 and 255", mask[15*30+15], mask[5*30+5])
	}
	// The raster is empty again for the next frame.
	r.mask(mask)
	for i, m := range mask {
		if m != 0 {
			t.Fatalf("pixel %d is %d after the raster was emptied", i, m)
		}
	}
}
