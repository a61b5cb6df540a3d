package render

import (
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// Events come from files and from code, so a frame must draw whatever
// points they hold. Points off the Earth are not drawn, and do not stretch
// the view framed around the events (a NaN there once crashed the window),
// while the events on Earth still are.
func TestPointsOffTheEarthAreNotDrawn(t *testing.T) {
	offEarth := []orb.Point{
		{46.36, 1e308}, {46.36, math.NaN()}, {math.NaN(), 40.68}, {46.36, 91}, {46.36, -91},
		{181, 40.68}, {-1e308, 40.68}, {math.Inf(1), math.Inf(-1)},
	}
	events := []event.Event{
		{Type: event.Attack, Place: ganja, Window: exactly("2020-10-11")},
		{Type: event.Type(200), Place: baku, Window: exactly("2020-10-11")}, // not a type: drawn as Other
	}
	mentions := []event.PlaceMentions{{Place: shushi}}
	for _, p := range offEarth {
		off := &geo.Place{ID: "off", Name: "off", Point: p}
		events = append(events, event.Event{Type: event.Clash, Place: off, Window: exactly("2020-10-11")})
		mentions = append(mentions, event.PlaceMentions{Place: off})
	}
	s := sceneOf(events)
	s.Places, s.ShowPlaces, s.ShowLegend = NewPlaces(mentions), true, false
	if got := s.Events.Placed(); got != 2 {
		t.Errorf("%d events placed, want the 2 on Earth", got)
	}
	if got := s.Places.Len(); got != 1 {
		t.Errorf("%d places, want the 1 on Earth", got)
	}
	b, ok := s.Events.Bound()
	if !ok || !b.Contains(Mercator(ganja.Point)) || !b.Contains(Mercator(baku.Point)) || b.Max[0]-b.Min[0] > 1e6 || b.Max[1]-b.Min[1] > 1e6 {
		t.Fatalf("the events' bound %v is not that of Ganja and Baku", b)
	}
	// As the window frames them, with each event selected in turn.
	view := Fit(b, 913, 661, 60, 10)
	for selected := range events {
		s.Selected = selected
		img, f := frameOf(s, view)
		if len(f.Clusters) != 2 {
			t.Errorf("selected %d: %d markers, want Ganja's and Baku's", selected, len(f.Clusters))
		}
		at := func(p *geo.Place) (float64, float64) { return view.ToPixel(Mercator(p.Point)) }
		if x, y := at(ganja); img.RGBAAt(int(x), int(y)) != event.Attack.Info().Colour {
			t.Errorf("selected %d: Ganja's attack is not drawn", selected)
		}
		if x, y := at(baku); img.RGBAAt(int(x), int(y)) != event.Other.Info().Colour {
			t.Errorf("selected %d: the event of no known type is not drawn as Other", selected)
		}
		if x, y := at(shushi); f.HitAt(x, y).Kind != OnPlace {
			t.Errorf("selected %d: the place on Earth is not drawn", selected)
		}
	}
}
