package render

import (
	"image"
	"testing"

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
