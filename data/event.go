package data

import (
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/geo"
)

// EventType is what kind of thing happened.
type EventType string

const (
	Attack     EventType = "attack"     // shelling, missile, drone or air strike, shooting at a place
	Clash      EventType = "clash"      // fighting between forces
	Ceasefire  EventType = "ceasefire"  // a ceasefire declared, agreed or violated
	Diplomacy  EventType = "diplomacy"  // meetings, talks, calls, visits
	Capture    EventType = "capture"    // control of a place taken or lost
	Casualties EventType = "casualties" // deaths or injuries reported without another event
	Other      EventType = "other"
)

// EventTypes lists every event type, in the order a legend shows them.
var EventTypes = []EventType{Attack, Clash, Ceasefire, Diplomacy, Capture, Casualties, Other}

// Article is one news article.
type Article struct {
	Name      string     // the file name, as GeoJSON `source`
	Text      string     // the body, without the date header
	Published *time.Time // the publication date (midnight UTC), nil if unknown
	// BodyOffset is the rune offset of Text in the file it came from, so that
	// offsets into Text can be reported against the file.
	BodyOffset int
}

// Span is a stretch of an article's text, in rune offsets: start inclusive,
// end exclusive.
type Span struct{ Start, End int }

// Event is one thing an article reports as having happened.
type Event struct {
	ID         string // stable within one extraction: source and ordinal
	Source     string // the article's name
	DocDate    *time.Time
	Type       EventType
	Place      *geo.Place
	PlaceText  Span          // the mention of the place in the text
	Window     *dates.Window // nil when the event is undated
	DateText   *Span         // the date expression it was dated from, if any
	Actors     []string
	ClaimedBy  []string
	DeniedBy   []string
	Fatalities *int // nil when not stated
	Injured    *int
	Sentence   string
	Offset     Span // the sentence
	// Reports are the separate reports of an event that several articles
	// tell (see MergeReports), each an Event of its own without Reports;
	// nil for an event from one report.
	Reports []Event
}

// PlaceMentions are the mentions of one place in one article.
type PlaceMentions struct {
	Source   string
	Place    *geo.Place
	Mentions []geo.Mention
}
