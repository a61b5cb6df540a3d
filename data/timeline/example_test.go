package timeline_test

import (
	"fmt"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/timeline"
)

func Example() {
	day := func(m time.Month, d int) time.Time { return time.Date(2020, m, d, 0, 0, 0, 0, time.UTC) }
	events := []event.Event{
		{Type: event.Attack, Sentence: "Ganja was shelled on October 11.",
			Window: &dates.Window{Start: day(10, 11), End: day(10, 11), Precision: dates.Day}},
		{Type: event.Ceasefire, Sentence: "A truce was agreed on October 10.",
			Window: &dates.Window{Start: day(10, 10), End: day(10, 10), Precision: dates.Day}},
		{Type: event.Clash, Sentence: "Fighting went on all of October.",
			Window: &dates.Window{Start: day(10, 1), End: day(10, 31), Precision: dates.Month}},
		{Type: event.Diplomacy, Sentence: "Talks were held, the report does not say when."},
	}
	ix := timeline.New(events)
	span, _ := ix.Span()
	fmt.Println("data from", span.From, "to", span.To)

	show := func(v timeline.Visible) {
		fmt.Printf("%-10s %s to %s:\n", v.Mode, max(v.Range.From, span.From), v.Range.To)
		for i := range v.All() {
			fmt.Println("  ", events[i].Sentence)
		}
	}
	playhead := timeline.DayOf(day(10, 11))
	show(ix.View(playhead, timeline.OneDay, false))
	show(ix.View(playhead-1, timeline.OneDay, false))
	show(ix.View(playhead, timeline.Cumulative, true))
	// Output:
	// data from 2020-10-01 to 2020-10-31
	// Day        2020-10-11 to 2020-10-11:
	//    Ganja was shelled on October 11.
	//    Fighting went on all of October.
	// Day        2020-10-10 to 2020-10-10:
	//    A truce was agreed on October 10.
	//    Fighting went on all of October.
	// Cumulative 2020-10-01 to 2020-10-11:
	//    A truce was agreed on October 10.
	//    Ganja was shelled on October 11.
	//    Fighting went on all of October.
	//    Talks were held, the report does not say when.
}
