package event

import (
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// Event is one thing an article reports as having happened.
type Event struct {
	ID         string // stable within one extraction: source and ordinal
	Source     string // the article's name
	DocDate    *time.Time
	Type       Type
	Place      *geo.Place
	PlaceText  text.Span     // the mention of the place in the text
	Window     *dates.Window // nil when the event is undated
	DateText   *text.Span    // the date expression it was dated from, if any
	Actors     []string
	ClaimedBy  []string
	DeniedBy   []string
	Fatalities *int // nil when not stated
	Injured    *int
	Sentence   string
	Offset     text.Span // the sentence
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
