package render

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func near(a, b orb.Point, tol float64) bool {
	return math.Abs(a[0]-b[0]) <= tol && math.Abs(a[1]-b[1]) <= tol
}

func TestViewportPixelRoundTrip(t *testing.T) {
	v := Viewport{Center: Mercator(orb.Point{46.75, 39.8}), Zoom: 7.3, Width: 1600, Height: 1000}
	for _, px := range [][2]float64{{0, 0}, {800, 500}, {1599, 999}, {-20, 1200}} {
		x, y := v.ToPixel(v.FromPixel(px[0], px[1]))
		if math.Abs(x-px[0]) > 1e-6 || math.Abs(y-px[1]) > 1e-6 {
			t.Errorf("pixel %v came back as (%v, %v)", px, x, y)
		}
	}
	// North is up: Tbilisi (north of Yerevan) has a smaller y.
	_, yTbilisi := v.ToPixel(Mercator(orb.Point{44.79, 41.72}))
	_, yYerevan := v.ToPixel(Mercator(orb.Point{44.51, 40.18}))
	if yTbilisi >= yYerevan {
		t.Errorf("Tbilisi at y %v is not above Yerevan at y %v", yTbilisi, yYerevan)
	}
}

func TestViewportPanMovesContentWithTheDrag(t *testing.T) {
	v := Viewport{Center: Mercator(orb.Point{47, 40}), Zoom: 6, Width: 800, Height: 600}
	baku := Mercator(orb.Point{49.87, 40.41})
	x0, y0 := v.ToPixel(baku)
	x1, y1 := v.Pan(30, -12).ToPixel(baku)
	if math.Abs(x1-x0-30) > 1e-6 || math.Abs(y1-y0+12) > 1e-6 {
		t.Errorf("Baku moved by (%v, %v), want (30, -12)", x1-x0, y1-y0)
	}
}

func TestViewportZoomAtKeepsThePointUnderTheCursor(t *testing.T) {
	v := Viewport{Center: Mercator(orb.Point{47, 40}), Zoom: 6, Width: 800, Height: 600}
	for _, dz := range []float64{1, -1.5, 0.25, 40, -40} {
		under := v.FromPixel(620, 140)
		z := v.ZoomAt(620, 140, dz)
		if z.Zoom < MinZoom || z.Zoom > MaxZoom {
			t.Errorf("dz %v: zoom %v out of range", dz, z.Zoom)
		}
		if z.Zoom > MinZoom && !near(z.FromPixel(620, 140), under, 1e-3) {
			t.Errorf("dz %v: the point under the cursor moved from %v to %v", dz, under, z.FromPixel(620, 140))
		}
	}
}

func TestFit(t *testing.T) {
	ganja := Mercator(orb.Point{46.36, 40.68})
	moscow := Mercator(orb.Point{37.62, 55.75})
	b := orb.MultiPoint{ganja, moscow}.Bound()
	v := Fit(b, 1400, 900, 40, 10)
	for _, p := range []orb.Point{ganja, moscow} {
		x, y := v.ToPixel(p)
		if x < 39 || x > 1361 || y < 39 || y > 861 {
			t.Errorf("%v is at (%.0f, %.0f), outside the margins", LonLat(p), x, y)
		}
	}
	if one := Fit(orb.MultiPoint{ganja}.Bound(), 1400, 900, 40, 10); one.Zoom != 10 || !near(one.Center, ganja, 1e-6) {
		t.Errorf("a single point: got %+v, want it centred at zoom 10", one)
	}
}
