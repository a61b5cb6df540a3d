package app

import (
	"cmp"
	"slices"

	"github.com/chronomap/chronomap/data/event"
)

// byWindowStart is the order of events that slices.SortStableFunc with
// event.ByWindowStart gives them, undated last: the indices of the events
// in that order. It sorts keys of a few bytes rather than the events,
// which are a few hundred: a merge sort moving a million of them about
// takes seconds.
func byWindowStart(events []event.Event) []int {
	if slices.IsSortedFunc(events, event.ByWindowStart) { // as a load leaves them
		order := make([]int, len(events))
		for i := range order {
			order[i] = i
		}
		return order
	}
	type startKey struct {
		undated bool
		sec     int64
		nsec    int
		i       int
	}
	keys := make([]startKey, len(events))
	for i := range events {
		keys[i] = startKey{undated: true, i: i}
		if w := events[i].Window; w != nil {
			keys[i] = startKey{sec: w.Start.Unix(), nsec: w.Start.Nanosecond(), i: i}
		}
	}
	slices.SortFunc(keys, func(a, b startKey) int {
		switch {
		case a.undated != b.undated:
			if a.undated {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.sec, b.sec), cmp.Compare(a.nsec, b.nsec), cmp.Compare(a.i, b.i))
	})
	order := make([]int, len(keys))
	for k, key := range keys {
		order[k] = key.i
	}
	return order
}

// sortByWindowStart sorts events as slices.SortStableFunc with
// event.ByWindowStart does, moving each event once.
func sortByWindowStart(events []event.Event) {
	from := byWindowStart(events) // from[k] is the event that goes to k
	for k := range from {
		if from[k] == k {
			continue
		}
		// Along the cycle of moves that starts at k, each event goes where
		// it belongs, and that place is marked done.
		held := events[k]
		for at := k; ; {
			src := from[at]
			from[at] = at
			if src == k {
				events[at] = held
				break
			}
			events[at] = events[src]
			at = src
		}
	}
}
