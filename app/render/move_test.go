package render

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
)

func TestAMovingMarkerIsDrawnWhereItIsDragged(t *testing.T) {
	s := sceneOf([]event.Event{{Type: event.Attack, Place: ganja, Window: exactly("2020-10-11")}})
	s.ShowLegend = false
	s.Selected = 0
	gx, gy := regional.ToPixel(Mercator(ganja.Point))
	tx, ty := gx+120, gy+40
	s.Moving = &Moving{To: regional.FromPixel(tx, ty)}
	img, f := frameOf(s, regional)

	if h := f.HitAt(tx, ty); h != (Hit{OnEvent, 0}) {
		t.Errorf("at the dragged marker: %+v, want the event", h)
	}
	red, sea := event.Attack.Info().Colour, color.RGBA(SeaBlue)
	for _, at := range [][2]float64{{gx, gy}, {tx, ty}} {
		if c := img.RGBAAt(int(at[0]), int(at[1])); c != red {
			t.Errorf("at %v: %v, want the attack's marker (still where it is, and where it is dragged)", at, c)
		}
	}
	// The dashed line starts with a dash, just clear of the marker's rim.
	d := math.Hypot(tx-gx, ty-gy)
	lx, ly := gx+(markerRadius+2)*(tx-gx)/d, gy+(markerRadius+2)*(ty-gy)/d
	if c := img.RGBAAt(int(lx), int(ly)); c == sea {
		t.Errorf("no line from the event's place to the marker at (%.0f, %.0f)", lx, ly)
	}
	// The snap ring lies outside the halo, which reaches 4 units past the
	// marker.
	ringAt := image.Pt(int(tx+markerRadius+snapRing+3), int(ty))
	if c := img.RGBAAt(ringAt.X, ringAt.Y); c != sea {
		t.Errorf("a drop that does not snap has a snap ring: %v", c)
	}
	s.Moving.Snapped = true
	img, _ = frameOf(s, regional)
	if c := img.RGBAAt(ringAt.X, ringAt.Y); c == sea {
		t.Error("a drop that snaps has no ring")
	}
}

func TestLonLatUndoesMercator(t *testing.T) {
	for _, p := range []orb.Point{{46.3606, 40.6828}, {-70.5, -33.4}, {0, 0}, {179.9, 84}} {
		if got := LonLat(Mercator(p)); !near(got, p, 1e-9) {
			t.Errorf("LonLat(Mercator(%v)) = %v", p, got)
		}
	}
}

func TestGroundMetresShrinkAwayFromTheEquator(t *testing.T) {
	v := Viewport{Zoom: 0, Width: 256, Height: 256}
	equator := v.GroundMetres(256, Mercator(orb.Point{10, 0}))
	if math.Abs(equator-worldMetres) > 1 {
		t.Errorf("the world's 256 pixels at zoom 0 span %.0f m at the equator, want %.0f", equator, worldMetres)
	}
	if sixty := v.GroundMetres(256, Mercator(orb.Point{10, 60})); math.Abs(sixty-equator/2) > 1 {
		t.Errorf("at 60° they span %.0f m, want half the equator's", sixty)
	}
	if z := (Viewport{Zoom: 3}).GroundMetres(256, orb.Point{}); math.Abs(z-equator/8) > 1 {
		t.Errorf("three levels in they span %.0f m, want an eighth", z)
	}
}
