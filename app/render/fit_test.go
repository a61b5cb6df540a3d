package render

import (
	"fmt"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// around are n points spread over about 100 km around lon, lat, the same
// for the same n.
func around(n int, lon, lat float64) []orb.Point {
	pts := make([]orb.Point, n)
	for i := range pts {
		pts[i] = orb.Point{lon + 1.2*float64(i%7)/6 - 0.6, lat + 0.9*float64(i%5)/4 - 0.45}
	}
	return pts
}

func eventsAt(pts []orb.Point) []event.Event {
	events := make([]event.Event, len(pts))
	for i, p := range pts {
		events[i] = event.Event{Type: event.Attack, Place: &geo.Place{Kind: geo.City, Point: p}, Window: exactly("2020-10-10")}
	}
	return events
}

func TestFitFramesTheBulkAndCountsTheStrays(t *testing.T) {
	karabakh := around(69, 46.75, 39.8)
	yerevan := orb.Point{44.51, 40.18}
	moscow, kyiv := orb.Point{37.62, 55.75}, orb.Point{30.52, 50.45}
	join := func(a []orb.Point, b ...orb.Point) []orb.Point { return append(append([]orb.Point{}, a...), b...) }
	tests := []struct {
		name    string
		pts     []orb.Point
		bulk    []orb.Point // must be in the frame
		outside int
	}{
		{"69 in Karabakh, 1 in Moscow", join(karabakh, moscow), karabakh, 1},
		{"69 in Karabakh, Moscow and Kyiv", join(karabakh, moscow, kyiv), karabakh, 2},
		// Yerevan is a zoom level or two out of Karabakh's frame: framed.
		{"Karabakh and Yerevan", join(karabakh, yerevan), join(karabakh, yerevan), 0},
		{"Karabakh, Yerevan and Moscow", join(karabakh, yerevan, moscow), join(karabakh, yerevan), 1},
		// Too few to call any a stray.
		{"3 in Karabakh, 1 in Moscow", join(karabakh[:3], moscow), join(karabakh[:3], moscow), 0},
		// Among the few, one can stray: the sample articles' Moscow talks.
		{"6 in Karabakh, 1 in Moscow", join(karabakh[:6], moscow), karabakh[:6], 1},
		// A fifth far away is not a stray but a second place: all framed.
		{"8 in Karabakh, 2 in Moscow", join(karabakh[:8], moscow, moscow), join(karabakh[:8], moscow), 0},
		{"one place", join(karabakh[:1], karabakh[0], karabakh[0]), karabakh[:1], 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sceneOf(eventsAt(tt.pts))
			v, outside, ok := s.FitBulk(800, 500, 60, 10)
			if !ok {
				t.Fatal("nothing framed")
			}
			if outside != tt.outside {
				t.Errorf("%d outside, want %d", outside, tt.outside)
			}
			in := 0
			for _, p := range tt.pts {
				if v.Bound().Contains(Mercator(p)) {
					in++
				}
			}
			if in != len(tt.pts)-tt.outside {
				t.Errorf("%d of %d points in the frame, want all but the %d outside", in, len(tt.pts), tt.outside)
			}
			for _, p := range tt.bulk {
				if !v.Bound().Contains(Mercator(p)) {
					t.Errorf("%v is not in the frame %v", p, v)
				}
			}
		})
	}
}

// The bulk is framed as closely as if the strays were not there.
func TestFitWithAStrayZoomsAsWithout(t *testing.T) {
	karabakh := around(69, 46.75, 39.8)
	without, _, _ := sceneOf(eventsAt(karabakh)).FitBulk(800, 500, 60, 10)
	with, _, _ := sceneOf(eventsAt(append(karabakh, orb.Point{37.62, 55.75}))).FitBulk(800, 500, 60, 10)
	if fmt.Sprint(with) != fmt.Sprint(without) {
		t.Errorf("with Moscow the frame is %+v, without %+v", with, without)
	}
}

// Fit frames the events shown: not those the period or the filters hide.
func TestFitLeavesOutHiddenEvents(t *testing.T) {
	events := eventsAt(around(10, 46.75, 39.8))
	undated := event.Event{Type: event.Other, Place: &geo.Place{Point: orb.Point{37.62, 55.75}}}
	s := sceneOf(append(events, undated))
	s.Period = &Period{From: events[0].Window.Start, To: events[0].Window.End}
	v, outside, _ := s.FitBulk(800, 500, 60, 10)
	if outside != 0 || v.Bound().Contains(Mercator(undated.Place.Point)) {
		t.Errorf("the hidden undated event is framed (%d outside, frame %v)", outside, v.Bound())
	}
}
