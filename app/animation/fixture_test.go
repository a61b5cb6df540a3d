package animation

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	tl "github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/geo"
)

// testEvents are an attack in Ganja on 11 October 2020 and a clash near
// Shushi known to the week of 2 to 8 November.
func testEvents(testing.TB) []event.Event {
	at := func(lon, lat float64) *geo.Place {
		return &geo.Place{Name: "somewhere", Kind: geo.City, Point: orb.Point{lon, lat}}
	}
	return []event.Event{
		{Type: event.Attack, Place: at(46.36, 40.68), Window: eventtest.Window("2020-10-11", "2020-10-11", dates.Day)},
		{Type: event.Clash, Place: at(46.75, 39.76), Window: eventtest.Window("2020-11-02", "2020-11-08", dates.Week)},
	}
}

// testSource is a map of events over the South Caucasus on a plain sea,
// which draws fast.
func testSource(events []event.Event) Source {
	s := render.NewScene(render.SeaBlue)
	s.Events = render.NewEvents(events)
	view := render.Viewport{Center: render.Mercator(orb.Point{46.5, 40.2}), Zoom: 7, Width: 800, Height: 500}
	return Source{Scene: s, View: view, Days: tl.New(events)}
}

// dayCaption captions a frame with its playhead's day.
func dayCaption(v tl.Visible) string { return v.Range.To.String() }
