package render

import (
	"image"
	"image/color"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

var (
	ganja       = &geo.Place{ID: "geonames:586523", Name: "Ganja", Point: orb.Point{46.3606, 40.6828}}
	shushi      = &geo.Place{ID: "geonames:174875", Name: "Shushi", Point: orb.Point{46.7509, 39.7583}}
	stepanakert = &geo.Place{ID: "geonames:174972", Name: "Stepanakert", Point: orb.Point{46.7517, 39.8153}}
	moscow      = &geo.Place{ID: "geonames:524901", Name: "Moscow", Point: orb.Point{37.6156, 55.7522}}
	baku        = &geo.Place{ID: "geonames:587084", Name: "Baku", Point: orb.Point{49.8920, 40.3777}}
)

func exactly(day string) *dates.Window {
	d, _ := time.Parse(time.DateOnly, day)
	return &dates.Window{Start: d, End: d, Precision: dates.Day}
}

func between(first, last string) *dates.Window {
	s, _ := time.Parse(time.DateOnly, first)
	e, _ := time.Parse(time.DateOnly, last)
	return &dates.Window{Start: s, End: e, Precision: dates.Week}
}

// seedLike are events as the sample articles give them: shelling of Ganja
// and Stepanakert, the fight for Shushi, talks in Moscow.
func seedLike() []event.Event {
	return []event.Event{
		{Type: event.Attack, Place: ganja, Window: exactly("2020-10-11")},
		{Type: event.Attack, Place: stepanakert, Window: exactly("2020-10-04")},
		{Type: event.Clash, Place: shushi, Window: between("2020-11-02", "2020-11-08")},
		{Type: event.Diplomacy, Place: moscow, Window: exactly("2020-10-10")},
		{Type: event.Ceasefire, Place: moscow, Window: exactly("2020-10-10")},
		{Type: event.Other, Window: exactly("2020-10-10")}, // no place: no marker
	}
}

func frameOf(s *Scene, v Viewport) (*image.RGBA, *Frame) {
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	return img, s.Draw(img, v)
}

func sceneOf(events []event.Event) *Scene {
	s := NewScene(SeaBlue)
	s.Events = NewEvents(events)
	return s
}

// regional frames Ganja, Shushi and Baku, as a user looking at the war
// zone would.
var regional = Viewport{Center: Mercator(orb.Point{47.6, 40.2}), Zoom: 7.5, Width: 640, Height: 400}

func TestMarkersShowTheTypeAndHowExactTheDateIs(t *testing.T) {
	s := sceneOf([]event.Event{
		{Type: event.Attack, Place: ganja, Window: exactly("2020-10-11")},
		{Type: event.Diplomacy, Place: baku, Window: between("2020-10-01", "2020-10-07")},
	})
	s.ShowLegend = false
	img, _ := frameOf(s, regional)

	centre := func(p *geo.Place) color.RGBA {
		x, y := regional.ToPixel(Mercator(p.Point))
		return img.RGBAAt(int(x), int(y))
	}
	edge := func(p *geo.Place) color.RGBA {
		x, y := regional.ToPixel(Mercator(p.Point))
		return img.RGBAAt(int(x)+markerRadius-2, int(y))
	}
	if got, want := centre(ganja), event.Attack.Info().Colour; got != want {
		t.Errorf("the exactly dated attack's centre is %v, want the attack colour %v", got, want)
	}
	if got := centre(baku); got == event.Diplomacy.Info().Colour || got == color.RGBA(SeaBlue) {
		t.Errorf("the centre of an event known to the week is %v: want a ring, hollow but not see-through", got)
	}
	if got, want := edge(baku), event.Diplomacy.Info().Colour; got != want {
		t.Errorf("the ring of the diplomacy event is %v, want %v", got, want)
	}
}

func TestOverlappingMarkersCluster(t *testing.T) {
	tests := []struct {
		name   string
		view   Viewport
		counts map[int]int // clusters by count
	}{
		// Shushi and Stepanakert lie 6 km apart: one marker at regional zoom.
		{"regional", regional, map[int]int{1: 1, 2: 1}},
		// Zoomed in on them they part.
		{"close up", Viewport{Center: Mercator(shushi.Point), Zoom: 12, Width: 640, Height: 400}, map[int]int{1: 2}},
		// Moscow's two events sit on one point: they cluster at any zoom.
		{"one point", Viewport{Center: Mercator(moscow.Point), Zoom: MaxZoom, Width: 640, Height: 400}, map[int]int{2: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, f := frameOf(sceneOf(seedLike()), tt.view)
			got := map[int]int{}
			for _, c := range f.Clusters {
				got[c.Count]++
			}
			if len(got) != len(tt.counts) {
				t.Fatalf("clusters by count = %v, want %v", got, tt.counts)
			}
			for n, want := range tt.counts {
				if got[n] != want {
					t.Errorf("clusters by count = %v, want %v", got, tt.counts)
				}
			}
		})
	}
}

func TestClustersCountEveryEventInViewOnce(t *testing.T) {
	events := syntheticEvents(20_000)
	s := sceneOf(events)
	bound, _ := s.Events.Bound()
	for _, v := range []Viewport{
		Fit(bound, 800, 500, 40, 12),
		{Center: Mercator(hotspots[0]), Zoom: 10, Width: 800, Height: 500},
	} {
		_, f := frameOf(s, v)
		inView := 0
		for _, e := range events {
			x, y := v.ToPixel(Mercator(e.Place.Point))
			if x >= 0 && y >= 0 && x < float64(v.Width) && y < float64(v.Height) {
				inView++
			}
		}
		counted, members := 0, 0
		for i, c := range f.Clusters {
			counted += c.Count
			if m := f.Members(i); len(m) != c.Count {
				t.Fatalf("zoom %.1f: cluster %d counts %d but has %d members", v.Zoom, i, c.Count, len(m))
			}
			members += c.Count
		}
		// Events just outside the edge show the part of their marker that
		// is in view, so a frame counts a few more than lie inside it.
		if counted < inView || counted > inView+inView/10 {
			t.Errorf("zoom %.1f: clusters count %d events; %d lie in view", v.Zoom, counted, inView)
		}
	}
}

func TestThePlacesLayerToggles(t *testing.T) {
	s := sceneOf(nil)
	s.Places = NewPlaces([]event.PlaceMentions{{Place: baku}})
	s.ShowLegend = false
	x, y := regional.ToPixel(Mercator(baku.Point))
	for _, show := range []bool{false, true} {
		s.ShowPlaces = show
		img, _ := frameOf(s, regional)
		if drawn := img.RGBAAt(int(x), int(y)) != color.RGBA(SeaBlue); drawn != show {
			t.Errorf("places shown %v: Baku's dot drawn %v", show, drawn)
		}
	}
}

func TestCountLabel(t *testing.T) {
	for n, want := range map[int]string{2: "2", 999: "999", 1234: "1.2k", 35_500: "35k", 1_150_000: "1.1M"} {
		if got := countLabel(n); got != want {
			t.Errorf("countLabel(%d) = %q, want %q", n, got, want)
		}
	}
}

// seedsScene is the scene of the seeds' golden frames: events (seedLike,
// or an edit of it), the places the articles mention, the first event
// selected.
func seedsScene(events []event.Event) *Scene {
	s := sceneOf(events)
	s.Places = NewPlaces([]event.PlaceMentions{{Place: baku}, {Place: ganja}})
	s.ShowPlaces = true
	s.Selected = 0
	return s
}

// seedsFit is the view of the seeds-fit golden frame: all of seedLike.
func seedsFit() Viewport {
	bound, _ := NewEvents(seedLike()).Bound()
	return Fit(bound, 640, 480, 40, 12)
}

func TestGoldenFrames(t *testing.T) {
	seeds := seedsScene(seedLike())
	synthetic := sceneOf(syntheticEvents(5_000))
	synthetic.Selected = 17
	tests := []struct {
		name  string
		scene *Scene
		view  Viewport
	}{
		{"seeds-fit", seeds, seedsFit()},
		{"seeds-regional", seeds, regional},
		{"synthetic-fit", synthetic, Fit(orb.Bound{Min: Mercator(southCaucasus.Min), Max: Mercator(southCaucasus.Max)}, 800, 500, 20, 12)},
		// On a screen of two pixels per unit: the same frames, sharper.
		{"seeds-regional-x2", seeds, regional.AtScale(2, 2*regional.Width, 2*regional.Height)},
		{"synthetic-fit-x2", synthetic, Fit(orb.Bound{Min: Mercator(southCaucasus.Min), Max: Mercator(southCaucasus.Max)}, 800, 500, 20, 12).AtScale(2, 1600, 1000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, _ := frameOf(tt.scene, tt.view)
			checkGolden(t, tt.name, img, exact)
		})
	}
}
