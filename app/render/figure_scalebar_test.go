package render

import (
	"fmt"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

func TestScaleBarLength(t *testing.T) {
	for _, tt := range []struct {
		lat, zoom, scale float64
		metres           float64
	}{
		// At zoom 0 the equator's 40,075 km are 256 pixels: 120 pixels
		// are 18,785 km, 5,009 at 75°.
		{0, 0, 1, 10_000_000},
		{60, 0, 1, 5_000_000},
		{75, 0, 1, 2_000_000},
		// Regional: 120 pixels are 85 km at 40°N, zoom 7.5.
		{40, 7.5, 1, 50_000},
		{40, 7.5, 2, 50_000}, // the same in twice the pixels
		{40, 12, 1, 2_000},
		{0, 15, 1, 500},
		{60, 15, 1, 200},
	} {
		t.Run(fmt.Sprintf("%v°-z%v-x%v", tt.lat, tt.zoom, tt.scale), func(t *testing.T) {
			v := Viewport{Center: Mercator(orb.Point{45, tt.lat}), Zoom: tt.zoom, Width: 800, Height: 600}.
				AtScale(tt.scale, int(800*tt.scale), int(600*tt.scale))
			maxPixels := maxScaleBar * tt.scale
			metres, pixels := scaleBar(v, maxPixels)
			if metres != tt.metres {
				t.Errorf("the bar is %v m, want %v", metres, tt.metres)
			}
			if pixels > maxPixels || pixels < 0.4*maxPixels {
				t.Errorf("the bar is %.1f pixels, want %.0f to %.0f", pixels, 0.4*maxPixels, maxPixels)
			}
			// The distance on the ground between the bar's ends, centred
			// on the view, along the parallel.
			cx, cy := float64(v.Width)/2, float64(v.Height)/2
			a, b := LonLat(v.FromPixel(cx-pixels/2, cy)), LonLat(v.FromPixel(cx+pixels/2, cy))
			along := geo.Distance(orb.Point{a[0], 0}, orb.Point{b[0], 0}) * math.Cos(tt.lat*math.Pi/180)
			if math.Abs(along-metres)/metres > 1e-6 {
				t.Errorf("the bar's ends are %.1f m apart along the parallel, it says %v m", along, metres)
			}
		})
	}
}

func TestDistanceText(t *testing.T) {
	for m, want := range map[float64]string{200: "200 m", 1000: "1 km", 50_000: "50 km", 10_000_000: "10000 km"} {
		if got := distanceText(m); got != want {
			t.Errorf("%v m: %q, want %q", m, got, want)
		}
	}
}

func TestScaleNoteOnlyWhereTheScaleVaries(t *testing.T) {
	if n := scaleNote(regional); n != "" {
		t.Errorf("the regional view notes %q", n)
	}
	world := Viewport{Center: Mercator(orb.Point{15, 20}), Zoom: 2, Width: 800, Height: 600}
	if n := scaleNote(world); n != " at 20° N" {
		t.Errorf("the world view notes %q, want \" at 20° N\"", n)
	}
}
