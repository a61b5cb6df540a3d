package timeline

import (
	"math/rand/v2"
	"time"

	"github.com/chronomap/chronomap/data"
	"github.com/chronomap/chronomap/data/dates"
)

// day0 is the first day of the synthetic data: the 2020 war's first day.
var day0 = time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC)

// event is a test event of type t dated from day first to day last after
// day0; last < first makes it undated.
func event(t data.EventType, first, last int) data.Event {
	e := data.Event{Type: t}
	if last >= first {
		e.Window = &dates.Window{Start: day0.AddDate(0, 0, first), End: day0.AddDate(0, 0, last)}
	}
	return e
}

// synthetic is n events over the given number of days, shaped like a
// conflict's reports: most dated to a day, some to a week or a month, a few
// to a year or a decade, a few undated.
func synthetic(n, days int, seed uint64) []data.Event {
	r := rand.New(rand.NewPCG(seed, 1))
	events := make([]data.Event, n)
	for i := range events {
		t := data.EventTypes[r.IntN(len(data.EventTypes))]
		first := r.IntN(days)
		var length int
		switch p := r.IntN(1000); {
		case p < 20:
			events[i] = event(t, 1, 0)
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
		events[i] = event(t, first, first+length-1)
	}
	return events
}
