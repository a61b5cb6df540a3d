package extract

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

// repeatGazetteer has a town named like two districts around it and like a
// stream beside it, a district and its town, and places that are neither.
func repeatGazetteer() (*geo.Gazetteer, []*geo.Place) {
	p := func(name string, k geo.Kind, lon, lat float64) *geo.Place {
		return &geo.Place{ID: name, Name: name, Kind: k, Country: "AZ", Point: orb.Point{lon, lat}}
	}
	places := []*geo.Place{
		p("Terter", geo.City, 46.93, 40.34), p("Terter District", geo.Region, 46.90, 40.35),
		p("Terter Rayon", geo.Region, 46.95, 40.30), p("Terter", geo.Feature, 46.96, 40.32),
		p("Terter", geo.City, 48.0, 40.34), // too far to be the districts' town
		p("Fuzuli", geo.City, 47.15, 39.6), p("Fuzuli District", geo.Region, 47.1, 39.55),
		p("Ganja", geo.City, 46.36, 40.68), p("Azerbaijan", geo.Country, 47.5, 40.5),
	}
	g := geo.New(places, nil)
	for i, p := range places {
		places[i] = g.ByID(p.ID) // the gazetteer's own, which its lookups return
	}
	return g, places
}

// TestMergeRepeatsAsScanned compares mergeRepeats with a merge that
// compares each event with every one before it, on random events at
// districts, their towns and other places.
func TestMergeRepeatsAsScanned(t *testing.T) {
	g, places := repeatGazetteer()
	for seed := range uint64(500) {
		r := rand.New(rand.NewPCG(seed, 1))
		events := make([]event.Event, 1+r.IntN(60))
		for i := range events {
			var w *dates.Window
			if r.IntN(8) > 0 {
				start := time.Date(2020, 10, 1+r.IntN(12), 0, 0, 0, 0, time.UTC)
				w = &dates.Window{Start: start, End: start.AddDate(0, 0, r.IntN(3)), Precision: dates.Day}
			}
			events[i] = event.Event{Type: event.Type(r.IntN(3)), Place: places[r.IntN(len(places))], Window: w,
				DeniedBy: []string{fmt.Sprint(i)}}
		}
		want := mergeScanning(g, slices.Clone(events))
		got := mergeRepeats(g, slices.Clone(events))
		if !slices.EqualFunc(got, want, func(a, b event.Event) bool {
			return a.Type == b.Type && a.Place == b.Place && a.Window == b.Window && slices.Equal(a.DeniedBy, b.DeniedBy)
		}) {
			t.Fatalf("seed %d: merged into %v, want %v", seed, deniedLists(got), deniedLists(want))
		}
	}
}

func deniedLists(events []event.Event) [][]string {
	var out [][]string
	for _, e := range events {
		out = append(out, e.DeniedBy)
	}
	return out
}

// mergeScanning is mergeRepeats as it was before its index: each event
// compared with every one kept before it.
func mergeScanning(g *geo.Gazetteer, events []event.Event) []event.Event {
	out := events[:0]
	for _, e := range events {
		i := slices.IndexFunc(out, func(o event.Event) bool {
			return samePlace(g, o.Place, e.Place) && overlap(o.Window, e.Window)
		})
		if i < 0 {
			out = append(out, e)
			continue
		}
		o := &out[i]
		if e.Type.Info().Rank < o.Type.Info().Rank {
			o.Type = e.Type
		}
		if o.Place.Kind == geo.Region && e.Place.Kind != geo.Region {
			o.Place = e.Place
		}
		o.DeniedBy = event.Union(o.DeniedBy, e.DeniedBy)
	}
	return out
}

// TestRepeatReach checks that an event is taken for a repeat of one of the
// last repeatReach events at its place, and not of one before them.
func TestRepeatReach(t *testing.T) {
	g, places := repeatGazetteer()
	ganja := places[7]
	day := func(n int) *dates.Window {
		d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
		return &dates.Window{Start: d, End: d, Precision: dates.Day}
	}
	var events []event.Event
	for n := range repeatReach + 1 {
		events = append(events, event.Event{Type: event.Attack, Place: ganja, Window: day(n)})
	}
	events = append(events,
		event.Event{Type: event.Attack, Place: ganja, Window: day(1)}, // among the last: a repeat
		event.Event{Type: event.Attack, Place: ganja, Window: day(0)}) // out of reach: another event
	if got := len(mergeRepeats(g, events)); got != repeatReach+2 {
		t.Errorf("%d events, want %d", got, repeatReach+2)
	}
}

// TestDenialReach checks that a denial refers to the events at its places
// among the last denialReach, and else to the last event of its type there.
func TestDenialReach(t *testing.T) {
	g, places := repeatGazetteer()
	terter, ganja := places[0], places[7]
	tests := []struct {
		name   string
		places []*geo.Place
		typ    event.Type
		want   []int // the events denied
	}{
		{"by place, in reach", []*geo.Place{terter}, event.Attack, []int{60, 100, 140}},
		{"a district's town", []*geo.Place{places[1]}, event.Attack, []int{60, 100, 140}},
		{"by type", []*geo.Place{places[5]}, event.Clash, []int{105}},
		{"by type, out of reach", []*geo.Place{places[5]}, event.Ceasefire, []int{149}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := make([]event.Event, 150)
			for i := range events {
				events[i] = event.Event{Type: event.Attack, Place: ganja}
				if i%40 == 20 {
					events[i].Place = terter
				}
			}
			events[5].Type, events[105].Type = event.Ceasefire, event.Clash
			var mentions []geo.Mention
			for _, p := range tt.places {
				mentions = append(mentions, geo.Mention{Place: p})
			}
			var got []int
			for i, e := range denyEarlier(g, events, mentions, []trigger{{typ: tt.typ}}, []string{"Baku"}) {
				if len(e.DeniedBy) > 0 {
					got = append(got, i)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("denied %v, want %v", got, tt.want)
			}
		})
	}
}
