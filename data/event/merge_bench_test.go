package event

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

// BenchmarkMergeReports merges 100,000 reports from 20,000 articles of
// events at 2,000 places over the South Caucasus across a year, a third of
// them told twice or more.
func BenchmarkMergeReports(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	places := make([]*geo.Place, 2000)
	for i := range places {
		places[i] = &geo.Place{ID: fmt.Sprint(i), Kind: geo.City, Point: orb.Point{43 + 7*r.Float64(), 38 + 4*r.Float64()}}
	}
	start := *eventtest.Day("2020-01-01")
	events := make([]Event, 100_000)
	for i := range events {
		d := start.AddDate(0, 0, r.IntN(365))
		events[i] = Event{
			ID: fmt.Sprint(i), Source: fmt.Sprint(r.IntN(20_000)), Type: Type(r.IntN(3)),
			Place: places[r.IntN(len(places))], Window: &dates.Window{Start: d, End: d.AddDate(0, 0, r.IntN(3)), Precision: dates.Day},
		}
	}
	b.ResetTimer()
	for b.Loop() {
		MergeReports(events, SamePlaceKm)
	}
}

// BenchmarkMergeCoLocated merges 1,250, 5,000 and 20,000 events (1x, 4x,
// 16x) that one source reports at one point, of one type, on one day, as an
// imported layer may: none merge (one source never tells one event twice),
// so each stays open while every later one looks for a group to join.
func BenchmarkMergeCoLocated(b *testing.B) {
	for _, scale := range []int{1, 4, 16} {
		events := coLocated(1250 * scale)
		b.Run(fmt.Sprintf("%dx", scale), func(b *testing.B) {
			for b.Loop() {
				MergeReports(events, SamePlaceKm)
			}
		})
	}
}

// coLocated is n attacks at one point on one day from one source, each with
// a place of its own as an import makes them.
func coLocated(n int) []Event {
	events := make([]Event, n)
	for i := range events {
		events[i] = Event{
			ID: fmt.Sprint(i), Source: "layer.geojson", Type: Attack,
			Place:  &geo.Place{Kind: geo.City, Point: orb.Point{46.75, 39.82}},
			Window: eventtest.Window("2020-10-01", "2020-10-01", dates.Day),
		}
	}
	return events
}
