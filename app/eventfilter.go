package app

import (
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

// eventFilter says which events the list shows: those of the types chosen
// whose place, actors or sentence contain the search words.
type eventFilter struct {
	hidden map[event.Type]bool // the types unticked
	words  []string            // folded; an event must contain each
}

// setQuery takes the search as typed.
func (f *eventFilter) setQuery(q string) {
	f.words = strings.Fields(text.Fold(q))
}

func (f eventFilter) keeps(e *event.Event, haystack string) bool {
	if f.hidden[e.Type] {
		return false
	}
	for _, w := range f.words {
		if !strings.Contains(haystack, w) {
			return false
		}
	}
	return true
}

// searchText is what the search looks in: the place's names, the actors
// and claimants, and the sentences of the event and its reports, folded as
// text.Fold folds names, so that "susa" finds "Şuşa".
func searchText(e event.Event) string {
	var parts []string
	add := func(e event.Event) {
		if p := e.Place; p != nil {
			parts = append(parts, p.Name, p.Admin1)
			parts = append(parts, p.AltNames...)
		}
		parts = append(parts, e.Actors...)
		parts = append(parts, e.ClaimedBy...)
		parts = append(parts, e.DeniedBy...)
		parts = append(parts, e.Sentence)
	}
	add(e)
	for _, r := range e.Reports {
		add(r)
	}
	return text.Fold(strings.Join(parts, " | "))
}

// eventIndex is what the list needs of a set of events, worked out once,
// off the UI goroutine, since for 100,000 events it takes a good part of a
// second.
type eventIndex struct {
	events   []event.Event
	order    []int    // the events' indices by date, undated last
	haystack []string // each event's searchText
}

func indexEvents(events []event.Event) *eventIndex {
	ix := &eventIndex{events: events, order: make([]int, len(events)), haystack: make([]string, len(events))}
	for i, e := range events {
		ix.order[i] = i
		ix.haystack[i] = searchText(e)
	}
	slices.SortStableFunc(ix.order, func(a, b int) int { return event.CompareStarts(events[a].Window, events[b].Window) })
	return ix
}
