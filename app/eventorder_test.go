package app

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
)

func TestSortByWindowStartIsTheStableSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	day := time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{0, 1, 2, 7, 100, 1000} {
		events := make([]event.Event, n)
		for i := range events {
			events[i].ID = fmt.Sprint(i)
			switch rng.IntN(5) {
			case 0: // undated
			case 1: // a time of day, not midnight
				start := day.Add(time.Duration(rng.IntN(100)) * time.Hour)
				events[i].Window = &dates.Window{Start: start, End: start}
			default: // few days, so that many start together
				start := day.AddDate(0, 0, rng.IntN(5))
				events[i].Window = &dates.Window{Start: start, End: start}
			}
		}
		want := slices.Clone(events)
		slices.SortStableFunc(want, event.ByWindowStart)
		got := slices.Clone(events)
		sortByWindowStart(got)
		if ids(got) != ids(want) {
			t.Errorf("%d events: sorted\n %s, want\n %s", n, ids(got), ids(want))
		}
		order := byWindowStart(events)
		inOrder := make([]event.Event, len(order))
		for k, i := range order {
			inOrder[k] = events[i]
		}
		if ids(inOrder) != ids(want) {
			t.Errorf("%d events: in the order %v, want\n %s", n, order, ids(want))
		}
	}
}

func ids(events []event.Event) string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = e.ID
	}
	return fmt.Sprint(out)
}
