package workspace

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

// generatedEvents are n events of one report each, at a few hundred
// places, over a year.
func generatedEvents(n int) []event.Event {
	places := make([]*geo.Place, 300)
	for i := range places {
		places[i] = &geo.Place{ID: fmt.Sprintf("geonames:%d", i), Name: fmt.Sprintf("Town %d", i), Kind: geo.City,
			Country: "AZ", Point: orb.Point{44 + float64(i%30)*0.2, 38 + float64(i/30)*0.3}}
	}
	events := make([]event.Event, n)
	for i := range events {
		day := fmt.Sprintf("2020-%02d-%02d", 1+i%12, 1+i%28)
		events[i] = event.Event{ID: fmt.Sprintf("a%d.txt#1", i), Source: fmt.Sprintf("a%d.txt", i), Type: event.Type(i % int(event.NumTypes)),
			Place: places[i%len(places)], Window: eventtest.Window(day, day, dates.Day), Actors: []string{"Azerbaijani forces"},
			Sentence: "Azerbaijani forces shelled the town overnight, killing two civilians, the ministry said."}
	}
	return events
}

// BenchmarkPublish writes the layers of 10,000 events anew, as each edit
// in a workspace open does.
func BenchmarkPublish(b *testing.B) {
	w, err := Create(filepath.Join(b.TempDir(), "w.gpkg"))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	events := generatedEvents(10_000)
	for b.Loop() {
		if err := w.Publish(events, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRepublishOneEdit writes again the one event of 10,000 an edit
// changed.
func BenchmarkRepublishOneEdit(b *testing.B) {
	w, err := Create(filepath.Join(b.TempDir(), "w.gpkg"))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	before := generatedEvents(10_000)
	if err := w.Publish(before, nil); err != nil {
		b.Fatal(err)
	}
	after := slices.Clone(before)
	after[5000].Note = "checked"
	for b.Loop() {
		if err := w.Republish(before, after); err != nil {
			b.Fatal(err)
		}
		before, after = after, before
	}
}
