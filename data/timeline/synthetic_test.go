package timeline

import (
	"math/rand/v2"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
)

// day0 is the first day of the synthetic data: the 2020 war's first day.
var day0 = time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC)

// ev is a test event of type t dated from day first to day last after
// day0; last < first makes it undated.
func ev(t event.Type, first, last int) event.Event {
	e := event.Event{Type: t}
	if last >= first {
		e.Window = &dates.Window{Start: day0.AddDate(0, 0, first), End: day0.AddDate(0, 0, last)}
	}
	return e
}

// synthetic is n events over the given number of days, shaped like a
// conflict's reports: most dated to a day, some to a week or a month, a few
// to a year or a decade, a few undated.
func synthetic(n, days int, seed uint64) []event.Event {
	r := rand.New(rand.NewPCG(seed, 1))
	events := make([]event.Event, n)
	for i := range events {
		t := event.Type(r.IntN(int(event.NumTypes)))
		first := r.IntN(days)
		var length int
		switch p := r.IntN(1000); {
		case p < 20:
			events[i] = ev(t, 1, 0)
			continue
		case p < 25:
			length = 365 + r.IntN(3000)
		case p < 120:
			length = 28 + r.IntN(4)
		case p < 270:
			length = 3 + r.IntN(5)
		default:
			length = 1 + r.IntN(2)
		}
		events[i] = ev(t, first, first+length-1)
	}
	return events
}
