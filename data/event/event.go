package event

import (
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// Event is one thing an article reports as having happened.
type Event struct {
	ID      string // stable within one extraction: source and ordinal
	Source  string // the article's name
	DocDate *time.Time
	Type    Type
	// ACLED is the event's sub-event type in ACLED's codebook where what
	// was reported says more than Type does ("an air strike", "abducted"
	// are attacks and other events to Chronomap), or ACLEDByType: Type's
	// own (TypeInfo.ACLED). It is never Type's own: see ACLEDFor.
	ACLED     ACLEDSubEvent
	Place     *geo.Place
	PlaceText text.Span // the mention of the place in the text
	// OtherPlaces are the other places its name may mean (geo.Mention's
	// Others), for the reader to weigh; nil when the name means one.
	OtherPlaces []*geo.Place
	Window      *dates.Window // nil when the event is undated
	DateText    *text.Span    // the date expression it was dated from, if any
	Actors      []string
	ClaimedBy   []string
	DeniedBy    []string
	Fatalities  *int // nil when not stated; else 0 to MaxCount
	Injured     *int
	Sentence    string
	Offset      text.Span // the sentence
	// Reports are the separate reports of an event that several articles
	// tell (see MergeReports), each an Event of its own without Reports;
	// nil for an event from one report.
	Reports []Event
	// What an analyst made of the event (see package edit): Edited when a
	// correction of theirs changed it, their Review, and their Note.
	// Reports carry none: an analyst corrects the event, not an article.
	Edited bool
	Review Review
	Note   string
	// Extra holds what the record an event was imported from said that
	// none of its fields holds; nil for an event extracted from an
	// article, or a record that said nothing more. A pointer, as most
	// events have none: a million of them are held at once.
	Extra *Extra
}

// Extra are the attributes of a record an event was imported from
// (another tool's GeoJSON feature, a CSV row) that none of the event's
// fields holds, in the record's order: ACLED's disorder_type or inter1, a
// column of the user's own. An export to CSV writes them back.
type Extra struct{ Attributes []Attribute }

// Attribute is a named value of an imported record, as text: a CSV
// cell, or a GeoJSON property's string, or its JSON for another value.
type Attribute struct{ Name, Value string }

// MaxCount is the most people an event's Fatalities or Injured may count.
// No single event on record comes near ten million dead or wounded (the
// deadliest battles and disasters count a few million at most), and the
// extractor reads no larger number as a count of people: larger figures in
// news are sums of money or populations. A count above it is a broken
// file; below it, a count fits 32 bits and a sum over any layer fits 64.
const MaxCount = 10_000_000

// PlaceMentions are the mentions of one place in one article.
type PlaceMentions struct {
	Source   string
	Place    *geo.Place
	Mentions []geo.Mention
}
