package edit

import (
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// Kind is what an edit changes.
type Kind string

const (
	Move     Kind = "move"   // the event's place
	Redate   Kind = "date"   // its date window
	Retype   Kind = "type"   // its type
	Review   Kind = "review" // verified, rejected, or neither again
	Annotate Kind = "note"   // the analyst's note
	Merge    Kind = "merge"  // the events of Reports are one event
	Split    Kind = "split"  // the reports of Reports are an event of their own
)

// An Edit is one correction: of the event that holds the report Event
// names, by Who, at At, from Before to After, the fields of its Kind.
type Edit struct {
	ID    int64 // its number in the store that keeps it; 0 until stored
	Kind  Kind
	Event string // the key of a report of the event (see Key)
	// Reports are, for Merge, a report's key of each event joined to
	// Event's, and for Split, the keys of the reports taken out of it.
	Reports       []string
	Who           string
	At            time.Time
	Before, After Value
}

// Value is what an edit's fields hold, before or after it: only those of
// its Kind count.
type Value struct {
	Place  *geo.Place    // Move
	Window *dates.Window // Redate; nil for undated
	Type   event.Type    // Retype
	Review event.Review  // Review
	Note   string        // Annotate
}

// valueOf is ev's value of the fields of kind.
func valueOf(kind Kind, ev *event.Event) Value {
	switch kind {
	case Move:
		return Value{Place: ev.Place}
	case Redate:
		return Value{Window: ev.Window}
	case Retype:
		return Value{Type: ev.Type}
	case Review:
		return Value{Review: ev.Review}
	case Annotate:
		return Value{Note: ev.Note}
	}
	return Value{}
}

// New is the edit of kind, setting ev's fields to after; it records their
// value before. Who and At are the Log's to fill in.
func New(kind Kind, ev *event.Event, keys Keys, after Value) Edit {
	return Edit{Kind: kind, Event: keys.KeyOf(ev), Before: valueOf(kind, ev), After: after}
}

// MergeOf is the edit that makes one event of events, the first of which
// the merged event continues (its corrections stay with it).
func MergeOf(events []*event.Event, keys Keys) Edit {
	e := Edit{Kind: Merge, Event: keys.KeyOf(events[0])}
	for _, ev := range events[1:] {
		e.Reports = append(e.Reports, keys.KeyOf(ev))
	}
	return e
}

// SplitOf is the edit that takes the reports of ev at indices out of it,
// into an event of their own.
func SplitOf(ev *event.Event, indices []int, keys Keys) Edit {
	e := Edit{Kind: Split, Event: keys.KeyOf(ev)}
	for _, i := range indices {
		e.Reports = append(e.Reports, keys(&ev.Reports[i]))
	}
	return e
}

// set gives ev the fields of kind in v, and marks it edited.
func (v Value) set(kind Kind, ev *event.Event) {
	switch kind {
	case Move:
		// PlaceText stays: it is where the article named the place, and
		// what names the event in edits (see Key).
		ev.Place = v.Place
	case Redate:
		ev.Window = v.Window
	case Retype:
		if ev.Type != v.Type {
			ev.Type, ev.ACLED = v.Type, event.ACLEDByType
		}
	case Review:
		ev.Review = v.Review
	case Annotate:
		ev.Note = v.Note
	}
	ev.Edited = true
}
