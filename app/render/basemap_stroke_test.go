package render

import (
	"image"
	"image/color"
	"testing"

	"github.com/paulmach/orb"
)

// ink is how much a black line darkened a part of a white image, in
// pixels' worth.
func inked(img *image.RGBA, r image.Rectangle) float64 {
	sum := 0.0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			sum += float64(255-img.RGBAAt(x, y).R) / 255
		}
	}
	return sum
}

func TestStrokeCoversItsWidth(t *testing.T) {
	black := color.RGBA{A: 0xff}
	tests := []struct {
		name       string
		from, to   orb.Point
		width      float64
		dash       []float64
		cut        image.Rectangle // a cut across the line
		wantInk    float64         // the width of the line along the cut
		wantBroken bool            // dashed: some cuts are blank
	}{
		{"horizontal, 2 px", orb.Point{5, 20}, orb.Point{95, 20}, 2, nil, image.Rect(50, 0, 51, 40), 2, false},
		{"vertical, 4 px", orb.Point{50, 2}, orb.Point{50, 38}, 4, nil, image.Rect(0, 20, 100, 21), 4, false},
		{"diagonal, 2 px", orb.Point{10, 0}, orb.Point{50, 40}, 2, nil, image.Rect(30, 0, 31, 40), 2 * 1.414, false},
		{"dashed", orb.Point{5, 20}, orb.Point{95, 20}, 2, []float64{5, 5}, image.Rect(0, 0, 0, 0), 0, true},
	}
	for _, tt := range tests {
		img := image.NewRGBA(image.Rect(0, 0, 100, 40))
		fillRect(img, img.Rect, color.RGBA{0xff, 0xff, 0xff, 0xff})
		s := stroker{dst: img, style: lineStyle{color: black, width: tt.width, dash: tt.dash}}
		// Pixels are metres here: an identity transform, y down.
		s.polyline([]orb.Point{{tt.from[0], -tt.from[1]}, {tt.to[0], -tt.to[1]}}, toPixels{s: 1})
		if got := inked(img, tt.cut); !tt.wantBroken && (got < tt.wantInk-0.35 || got > tt.wantInk+0.35) {
			t.Errorf("%s: %.2f pixels of ink across the line, want %.2f", tt.name, got, tt.wantInk)
		}
		if tt.wantBroken {
			blank := 0
			for x := 10; x < 90; x++ {
				if inked(img, image.Rect(x, 0, x+1, 40)) == 0 {
					blank++
				}
			}
			// Dashes of 5 px with gaps of 5: about half the columns.
			if blank < 30 || blank > 50 {
				t.Errorf("%s: %d blank columns of 80 along the line", tt.name, blank)
			}
		}
	}
}

func TestStrokeStaysInsideTheImage(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 20, 20))
	s := stroker{dst: img, style: lineStyle{color: color.RGBA{A: 0xff}, width: 3}}
	// Lines far outside, and across it, must neither panic nor wrap.
	s.polyline([]orb.Point{{-1e6, 5}, {1e6, -5}, {10, 1e6}, {-30, -40}}, toPixels{s: 1})
}
