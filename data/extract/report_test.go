package extract

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// TestListsWithinReach checks that the places listed together with one in
// reach of a trigger are all reported, however far the list runs.
func TestListsWithinReach(t *testing.T) {
	pub := time.Date(2020, 10, 13, 0, 0, 0, 0, time.UTC)
	towns := strings.Join(bigPlaces[:12], ", ") + " and " + bigPlaces[12]
	tests := []struct {
		name, text string
		want       int // events
	}{
		{"a list before the trigger", "The towns of " + towns + " came under heavy artillery fire on Monday.", 13},
		{"a list after the trigger", "Artillery shelled the towns of " + towns + " on Monday.", 13},
		{"a list out of reach", "Artillery shelled positions far from the front, in a long day of fighting that " +
			"went on into the night while the people of the region, who had seen much, stayed in the shelters of " + towns + ".", 0},
	}
	x := mustExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := x.Extract(article.Article{Name: "test.txt", Text: tt.text, Published: &pub})
			if len(events) != tt.want {
				t.Errorf("%d events, want %d: %v", len(events), tt.want, placeNames(events))
			}
		})
	}
}

func placeNames(events []event.Event) []string {
	var names []string
	for _, e := range events {
		names = append(names, e.Place.Name)
	}
	return names
}

// TestNearTrigger compares nearTrigger with nearestTrigger over all the
// triggers, on random triggers of random types.
func TestNearTrigger(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var trigs []trigger
		for w := r.IntN(3); w < 60; w += 1 + r.IntN(4) {
			trigs = append(trigs, trigger{typ: event.Type(r.IntN(int(event.NumTypes))), word: w})
		}
		for i := range 64 {
			if got, want := nearTrigger(trigs, i), nearestTrigger(trigs, i); got != want {
				t.Fatalf("word %d of %v: trigger %d, want %d", i, trigs, got, want)
			}
		}
	}
}

// TestNearestPlace compares nearestPlace with every place compared, on
// random places apart in text order.
func TestNearestPlace(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		var places []geo.Mention
		for at := r.IntN(3); at < 80; {
			end := at + 1 + r.IntN(5)
			places = append(places, geo.Mention{Start: at, End: end})
			at = end + r.IntN(4)
		}
		for at := range 90 {
			want := places[0]
			for _, m := range places[1:] {
				if distance(m.Start, m.End, at) < distance(want.Start, want.End, at) {
					want = m
				}
			}
			if got := nearestPlace(places, at); !reflect.DeepEqual(got, want) {
				t.Fatalf("offset %d of %v: %v, want %v", at, places, got, want)
			}
		}
	}
}
