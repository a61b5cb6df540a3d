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
// test in keeps and a phrase in describe.
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
	shown := make([]bool, len(ix.events))
	for i := range ix.events {
		shown[i] = f.keeps(&ix.events[i], ix.haystack[i])
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
