package render

import (
	"math/rand/v2"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// hotspots are where the 2020 war's events were reported most; synthetic
// events crowd around them as real ones do.
var hotspots = []orb.Point{
	{46.75, 39.82}, // Stepanakert
	{46.75, 39.76}, // Shushi
	{46.36, 40.68}, // Ganja
	{47.13, 40.37}, // Barda
	{46.93, 40.34}, // Tartar
	{47.15, 39.60}, // Fuzuli
	{46.93, 39.52}, // Hadrut
	{44.51, 40.18}, // Yerevan
	{49.87, 40.41}, // Baku
}

// southCaucasus is the region the rest of the synthetic events are spread over.
var southCaucasus = orb.Bound{Min: orb.Point{43.0, 38.3}, Max: orb.Point{50.5, 42.0}}

// syntheticEvents are n events over the South Caucasus, two thirds of them
// around the hotspots, with every type and both exact and wider dates. The
// same n always gives the same events.
func syntheticEvents(n int) []event.Event {
	rng := rand.New(rand.NewPCG(uint64(n), 7))
	day := time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC)
	events := make([]event.Event, n)
	places := make([]geo.Place, n)
	for i := range events {
		var at orb.Point
		if rng.IntN(3) < 2 {
			h := hotspots[rng.IntN(len(hotspots))]
			at = orb.Point{h[0] + rng.NormFloat64()*0.12, h[1] + rng.NormFloat64()*0.09}
		} else {
			at = orb.Point{
				southCaucasus.Min[0] + rng.Float64()*(southCaucasus.Max[0]-southCaucasus.Min[0]),
				southCaucasus.Min[1] + rng.Float64()*(southCaucasus.Max[1]-southCaucasus.Min[1]),
			}
		}
		places[i] = geo.Place{Name: "synthetic", Kind: geo.City, Point: at}
		start := day.AddDate(0, 0, rng.IntN(44))
		w := &dates.Window{Start: start, End: start, Precision: dates.Day}
		if rng.IntN(5) < 2 {
			w.End = start.AddDate(0, 0, 3+rng.IntN(10))
			w.Precision = dates.Week
		}
		events[i] = event.Event{
			Type:   goldenTypes[rng.IntN(len(goldenTypes))],
			Place:  &places[i],
			Window: w,
		}
	}
	return events
}

// goldenTypes are the types synthetic events draw from: the types there
// were when the golden images were drawn, so that a new type changes the
// legend's rows but not which event has which colour.
var goldenTypes = [...]event.Type{event.Attack, event.Clash, event.Ceasefire, event.Diplomacy,
	event.Capture, event.Casualties, event.Other}
