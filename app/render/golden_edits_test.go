package render

import (
	"image"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// The golden frames must fail on the smallest change a user would see:
// each edit here is drawn and compared with the golden image of the frame
// it edits, which must not match. (The comparison once allowed 0.2% of the
// pixels to differ, 512 in seeds-regional: the first three edits change 69
// to 338, and passed.)
func TestGoldenFramesFailWhenMarkersChange(t *testing.T) {
	fit := seedsFit()
	tests := []struct {
		name   string
		golden string
		view   Viewport
		edit   func(events []event.Event)
	}{
		{"one marker moved by 3 px", "seeds-regional", regional, func(e []event.Event) {
			e[0].Place = movedBy(e[0].Place, regional, 3, 0)
		}},
		{"one marker's colour changed", "seeds-regional", regional, func(e []event.Event) {
			e[0].Type = event.Capture // from an attack's red to a capture's purple
		}},
		{"one marker removed", "seeds-regional", regional, func(e []event.Event) {
			e[0].Place = nil
		}},
		{"every marker moved by 4 px", "seeds-fit", fit, func(e []event.Event) {
			for i := range e {
				if e[i].Place != nil {
					e[i].Place = movedBy(e[i].Place, fit, 4, 0)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := readGolden(tt.golden)
			if err != nil {
				t.Fatal(err)
			}
			events := seedLike()
			tt.edit(events)
			img, _ := frameOf(seedsScene(events), tt.view)
			err = compareGolden(img, want, exact)
			if err == nil {
				t.Fatalf("%s matches %s", tt.name, tt.golden)
			}
			t.Log(err)
		})
	}
}

// The region golden fails when a region's diamond moves, is drawn as a
// town's disc, or goes, and when a two-day window is drawn filled.
func TestRegionGoldenFailsWhenMarkersChange(t *testing.T) {
	want, err := readGolden("regions-collapsed-legend")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(s *Scene)
	}{
		{"a region moved by 3 px", func(s *Scene) { s.Events = movedEvent(s, 2, regionsView, 3, 0) }},
		{"a region drawn as a town", func(s *Scene) { s.Events.look[2] &^= lookRegion }},
		{"a region removed", func(s *Scene) { s.Keep = []bool{true, true, false, true, true} }},
		{"a two-day window drawn filled", func(s *Scene) { s.Events.look[1] |= lookExact }},
		{"the legend expanded", func(s *Scene) { s.LegendCollapsed = false }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := regionsScene()
			tt.edit(s)
			img, _ := frameOf(s, regionsView)
			if err := compareGolden(img, want, exact); err == nil {
				t.Fatalf("%s matches the golden image", tt.name)
			} else {
				t.Log(err)
			}
		})
	}
}

// movedEvent is the events of s with event i moved dx, dy pixels in v.
func movedEvent(s *Scene, i int, v Viewport, dx, dy float64) *Events {
	e := *s.Events
	e.x, e.y = append([]float32{}, e.x...), append([]float32{}, e.y...)
	x, y := v.ToPixel(orb.Point{float64(e.x[i]), float64(e.y[i])})
	q := v.FromPixel(x+dx, y+dy)
	e.x[i], e.y[i] = float32(q[0]), float32(q[1])
	return &e
}

// Even the basemap's tolerance, the loosest, fails a frame with one
// marker more than its golden image.
func TestBasemapGoldenFailsWithAMarkerMore(t *testing.T) {
	view := basemapViews[2].v // karabakh-z10
	want, err := readGolden("basemap-" + basemapViews[2].name)
	if err != nil {
		t.Fatal(err)
	}
	s := NewScene(NewBasemap(defaultBasemap(t)))
	s.ShowLegend = false
	s.Events = NewEvents([]event.Event{{Type: event.Attack, Place: stepanakert, Window: exactly("2020-10-04")}})
	img := image.NewRGBA(image.Rect(0, 0, view.Width, view.Height))
	s.Draw(img, view)
	err = compareGolden(img, want, basemapNoise)
	if err == nil {
		t.Fatal("a marker on the basemap matches the basemap alone")
	}
	t.Log(err)
}

// movedBy is a copy of p moved dx, dy pixels in view v.
func movedBy(p *geo.Place, v Viewport, dx, dy float64) *geo.Place {
	x, y := v.ToPixel(Mercator(p.Point))
	q := *p
	q.Point = LonLat(v.FromPixel(x+dx, y+dy))
	return &q
}
