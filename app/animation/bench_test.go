package animation

import (
	"context"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
	tl "github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/chronomap/chronomap/seeds"
)

// BenchmarkGIF45Days encodes 45 days (27 September to 10 November 2020)
// by day, 45 frames of 1280×720 on the basemap, framed on the events as
// `chronomap --animate` frames them: the sample articles' events, and a
// hundred thousand synthetic ones.
func BenchmarkGIF45Days(b *testing.B) {
	for _, c := range []struct {
		name   string
		events func(testing.TB) []event.Event
	}{
		{"seeds", seedEvents},
		{"events=100000", func(t testing.TB) []event.Event { return syntheticEvents(t, 100_000) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			events := c.events(b)
			m, err := basemap.Default()
			if err != nil {
				b.Fatal(err)
			}
			scene := render.NewScene(render.NewBasemap(m))
			scene.Events = render.NewEvents(events)
			o := validOptions(b)
			o.Figure.Width, o.Figure.Height = 1280, 720
			view, ok := Fit(scene, o)
			if !ok {
				b.Fatal("no event to frame")
			}
			src := Source{Scene: scene, View: view, Days: tl.New(events)}
			for b.Loop() {
				if err := EncodeGIF(context.Background(), io.Discard, src, o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// seedEvents are the events of the sample articles.
func seedEvents(t testing.TB) []event.Event {
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	articles, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.NewExtractor(g)
	var events []event.Event
	for _, a := range articles {
		found, _ := x.Extract(a)
		events = append(events, found...)
	}
	return events
}

// syntheticEvents are n events of every type around Karabakh over the 45
// days, a third of them known only to a week; the same n gives the same
// events.
func syntheticEvents(t testing.TB, n int) []event.Event {
	rng := rand.New(rand.NewPCG(uint64(n), 13))
	first := day(t, "2020-09-27").Time()
	events := make([]event.Event, n)
	places := make([]geo.Place, n)
	for i := range events {
		places[i] = geo.Place{Name: "synthetic", Kind: geo.City,
			Point: orb.Point{46.75 + rng.NormFloat64()*0.5, 39.82 + rng.NormFloat64()*0.35}}
		start := first.AddDate(0, 0, rng.IntN(45))
		w := &dates.Window{Start: start, End: start, Precision: dates.Day}
		if rng.IntN(3) == 0 {
			w.End, w.Precision = start.AddDate(0, 0, 6), dates.Week
		}
		events[i] = event.Event{Type: event.Type(rng.IntN(int(event.NumTypes))), Place: &places[i], Window: w}
	}
	return events
}
