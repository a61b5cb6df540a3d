package event_test

import (
	"fmt"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

func ExampleMergeReports() {
	ganja := &geo.Place{ID: "geonames:148565", Name: "Ganja", Kind: geo.City, Point: orb.Point{46.3606, 40.6828}}
	oct11 := time.Date(2020, 10, 11, 0, 0, 0, 0, time.UTC)
	report := func(source string, w dates.Window, killed int) event.Event {
		return event.Event{Source: source, Type: event.Attack, Place: ganja, Window: &w, Fatalities: &killed}
	}
	events := event.MergeReports([]event.Event{
		report("a.txt", dates.Window{Start: oct11, End: oct11, Precision: dates.Day}, 9),
		report("b.txt", dates.Window{Start: oct11.AddDate(0, 0, -3), End: oct11.AddDate(0, 0, 3), Precision: dates.Week}, 10),
	}, event.SamePlaceKm)
	for _, e := range events {
		fmt.Println(e.Type, e.Place.Name, e.Window.Start.Format(time.DateOnly), *e.Fatalities, "killed")
		for _, r := range e.Reports {
			fmt.Println("  reported by", r.Source)
		}
	}
	// Output:
	// attack Ganja 2020-10-11 10 killed
	//   reported by a.txt
	//   reported by b.txt
}
