package render

import (
	"image"
	"testing"

	"github.com/paulmach/orb"
)

// TestUncoverZoomsOutFromUnderTheControls checks that a frame fitted to the
// events is zoomed out just enough that none lies under the map's legend or
// controls, and left as it is when none does.
func TestUncoverZoomsOutFromUnderTheControls(t *testing.T) {
	// Three towns framed as FitBulk frames them: one at each corner of the
	// frame's margin, one in the middle.
	pts := []orb.Point{{30.2, 13.2}, {32.5, 15.6}, {37.2, 19.6}}
	s := sceneOf(eventsAt(pts))
	fitted, _, _ := s.FitBulk(800, 500, 60, 10)
	pixel := func(v Viewport, p orb.Point) image.Point {
		x, y := v.ToPixel(Mercator(p))
		return image.Pt(int(x), int(y))
	}
	bottomLeft, topRight := pixel(fitted, pts[0]), pixel(fitted, pts[2])
	tests := []struct {
		name    string
		covered []image.Rectangle
		zoomOut bool
	}{
		{"nothing covered", nil, false},
		{"covered where no event is", []image.Rectangle{image.Rect(300, 200, 350, 250)}, false},
		{"a legend over the bottom left event", []image.Rectangle{image.Rect(0, bottomLeft.Y-40, bottomLeft.X+40, 500)}, true},
		{"controls over the top right event", []image.Rectangle{image.Rect(topRight.X-40, 0, 800, topRight.Y+40)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := s.Uncover(fitted, tt.covered)
			if got := v.Zoom < fitted.Zoom; got != tt.zoomOut {
				t.Fatalf("zoom %.2f from %.2f, want zoomed out %v", v.Zoom, fitted.Zoom, tt.zoomOut)
			}
			if v.Center != fitted.Center {
				t.Errorf("centre moved from %v to %v", fitted.Center, v.Center)
			}
			for _, p := range pts {
				q := pixel(v, p)
				for _, r := range tt.covered {
					if q.In(r.Inset(-markerRadius)) {
						t.Errorf("%v at %v is still under %v", p, q, r)
					}
				}
			}
			if tt.zoomOut && fitted.Zoom-v.Zoom > 1 {
				t.Errorf("zoomed out %.2f levels, more than it needs", fitted.Zoom-v.Zoom)
			}
		})
	}
}

// TestLegendAreaIsWhereTheLegendIsDrawn checks LegendArea against the
// legend a frame draws, shown and collapsed, and none for a view too small.
func TestLegendAreaIsWhereTheLegendIsDrawn(t *testing.T) {
	for _, collapsed := range []bool{false, true} {
		s := sceneOf(eventsAt([]orb.Point{{46.75, 39.8}}))
		s.ShowLegend, s.LegendCollapsed = true, collapsed
		v := Viewport{Center: Mercator(orb.Point{46.75, 39.8}), Zoom: 7, Width: 800, Height: 500}
		f := s.Draw(image.NewRGBA(image.Rect(0, 0, 800, 500)), v)
		if got := s.LegendArea(800, 500); got != f.legend || got.Empty() {
			t.Errorf("collapsed %v: LegendArea %v, drawn at %v", collapsed, got, f.legend)
		}
	}
	if got := sceneOf(nil).LegendArea(40, 30); !got.Empty() {
		t.Errorf("a 40×30 view has its legend at %v", got)
	}
}
