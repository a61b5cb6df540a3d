package app

import (
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

// eventFilter says which events are shown: those of the types ticked
// whose place, actors or sentence contain the search words. It is the one
// filter of the window: the list, the map, the timeline, the counts, Fit
// and the export of the events shown all go by the flags shownBy makes of
// it. Another criterion (an actor, a range of dates) is a field here, a
// test in shownBy and a phrase in describe.
type eventFilter struct {
	hidden map[event.Type]bool // the types unticked
	query  string              // the search as typed
	words  []string            // folded; an event must contain each
}

// setQuery takes the search as typed.
func (f *eventFilter) setQuery(q string) {
	f.query = strings.TrimSpace(q)
	f.words = strings.Fields(text.Fold(q))
}

// filters says whether f may hide any event.
func (f eventFilter) filters() bool {
	for _, hidden := range f.hidden {
		if hidden {
			return true
		}
	}
	return len(f.words) > 0
}

// describe says what f hides, for the status line: "Attack, Clash hidden ·
// search “Ganja”"; "" when it hides nothing.
func (f eventFilter) describe() string {
	var hidden, parts []string
	for t := range event.NumTypes {
		if f.hidden[t] {
			hidden = append(hidden, t.Info().Label)
		}
	}
	if len(hidden) > 0 {
		parts = append(parts, strings.Join(hidden, ", ")+" hidden")
	}
	if len(f.words) > 0 {
		parts = append(parts, "search “"+f.query+"”")
	}
	return strings.Join(parts, " · ")
}

// shownBy flags, by index, the events f keeps; nil when it keeps them
// all, which the map and the timeline take as no filter at all.
func (ix *eventIndex) shownBy(f eventFilter) []bool {
	if !f.filters() {
		return nil
	}
	var hidden [1 << 8]bool // by event.Type, a byte
	for t, h := range f.hidden {
		hidden[t] = h
	}
	shown := make([]bool, len(ix.types))
	for i, t := range ix.types {
		shown[i] = !hidden[t]
	}
	// The longest words first: they are the rarest, so that the others
	// are looked for among few events.
	words := slices.Clone(f.words)
	slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
	for _, w := range words {
		ix.text.keepContaining(shown, w)
	}
	return shown
}

// shownCount is how many events shown flags of n: all when it is nil.
func shownCount(shown []bool, n int) int {
	if shown == nil {
		return n
	}
	k := 0
	for _, on := range shown {
		if on {
			k++
		}
	}
	return k
}

// eventIndex is what the list needs of a set of events, worked out once,
// off the UI goroutine, since for 100,000 events it takes a good part of a
// second.
type eventIndex struct {
	events []event.Event
	order  []int // the events' indices by date, undated last
	// types are the events' types, which the filter reads without a
	// visit to each event.
	types []event.Type
	// text is what the search looks in; nil for outlines, which the
	// search waits for the events of (see outline.go).
	text *searchText
}

func indexEvents(events []event.Event) *eventIndex {
	ix := indexOutlines(events)
	ix.text = newSearchText(events)
	return ix
}

// indexOutlines is the index of outlines: no search, but the rest.
func indexOutlines(events []event.Event) *eventIndex {
	ix := &eventIndex{events: events, order: byWindowStart(events), types: make([]event.Type, len(events))}
	for i := range events {
		ix.types[i] = events[i].Type
	}
	return ix
}
