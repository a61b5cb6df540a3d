package geojson

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// eventOf reads a feature of Chronomap's events layer (see EncodeEvents),
// with the reports of a merged event. What the layer does not hold is left
// zero: the place's alternate names, feature code and population. In files
// without place_kind, a place of geo_precision 1 comes back as a geo.City,
// even if it was a geo.Feature. Every value is checked: points on Earth,
// and not swapped (see checkSwapped); days within the years 1 to 9999;
// counts (see countOf); offsets (see spanOf).
func eventOf(f rawFeature) (event.Event, error) {
	at, err := decodePoint(f.Geometry)
	if err != nil {
		return event.Event{}, err
	}
	var p featureProperties
	if err := decodeProperties(f.Properties, &p); err != nil {
		return event.Event{}, err
	}
	ev, err := eventFrom(p.eventProperties, at)
	if err != nil {
		return event.Event{}, err
	}
	ev.Edited, ev.Review, ev.Note = p.Edited, event.ReviewOf(p.Verified), deref(p.Note)
	return ev, nil
}

// decodeProperties decodes a feature's properties into p, a struct or a
// map, with numbers as written (json.Number) where p takes any value.
func decodeProperties(raw json.RawMessage, p any) error {
	if isNull(raw) {
		return nil
	}
	return typeError("properties", decodeWithNumbers(raw, p))
}

// eventFrom is the event of one feature's properties, or of one of its
// reports, at point at.
func eventFrom(p eventProperties, at orb.Point) (event.Event, error) {
	if p.Source == "" {
		return event.Event{}, errors.New("no source")
	}
	if err := checkSwapped(at, p.PlaceID); err != nil {
		return event.Event{}, err
	}
	kind, err := placeKind(p)
	if err != nil {
		return event.Event{}, err
	}
	docDate, err := parseDate("doc_date", p.DocDate)
	if err != nil {
		return event.Event{}, err
	}
	// event_date repeats the window's day, which the window is read from;
	// it is still checked, so that a broken one does not pass unseen.
	if _, err := parseDate("event_date", p.EventDate); err != nil {
		return event.Event{}, err
	}
	window, err := windowOf(p)
	if err != nil {
		return event.Event{}, err
	}
	typ, ok := event.ParseType(p.EventType)
	if !ok {
		return event.Event{}, fmt.Errorf("event_type %q is not one of Chronomap's types", p.EventType)
	}
	acled, err := acledOf(typ, p.ACLEDEventType, p.ACLEDSubEventType)
	if err != nil {
		return event.Event{}, err
	}
	ev := event.Event{
		ID:        p.ID,
		Source:    p.Source,
		DocDate:   docDate,
		Type:      typ,
		ACLED:     acled,
		Place:     decodedPlace(p.placeFields, kind, at),
		Window:    window,
		Actors:    nilIfEmpty(p.Actors),
		ClaimedBy: nilIfEmpty(p.ClaimedBy),
		DeniedBy:  nilIfEmpty(p.DeniedBy),
		Sentence:  p.Sentence,
	}
	if ev.Fatalities, err = attrs.Count("fatalities", p.Fatalities); err != nil {
		return event.Event{}, err
	}
	if ev.Injured, err = attrs.Count("injured", p.Injured); err != nil {
		return event.Event{}, err
	}
	if ev.Offset, err = attrs.Span("offset", p.Offset); err != nil {
		return event.Event{}, err
	}
	if ev.PlaceText, err = attrs.Span("place_offset", p.PlaceOffset); err != nil {
		return event.Event{}, err
	}
	if d := p.DateOffset; d != nil {
		span, err := attrs.Span("date_offset", *d)
		if err != nil {
			return event.Event{}, err
		}
		ev.DateText = &span
	}
	if len(p.Extra) > 0 {
		ev.Extra = &event.Extra{Attributes: p.Extra}
	}
	for i, r := range p.Reports {
		report, err := reportFrom(r)
		if err != nil {
			return event.Event{}, fmt.Errorf("report %d: %w", i+1, err)
		}
		ev.Reports = append(ev.Reports, report)
	}
	return ev, nil
}

// acledOf is the ACLED classification an event of type typ stores for
// ACLED's eventType and subEventType (see event.ACLEDFor): none when both
// are empty, as in layers written before Chronomap wrote them; an error
// when they are not a pair of ACLED's codebook.
func acledOf(typ event.Type, eventType, subEventType string) (event.ACLEDSubEvent, error) {
	if eventType == "" && subEventType == "" {
		return event.ACLEDByType, nil
	}
	s, ok := event.ParseACLED(eventType, subEventType)
	if !ok {
		return 0, fmt.Errorf("acled_event_type %s and acled_sub_event_type %s are not a pair of ACLED's codebook",
			attrs.Shortened(eventType), attrs.Shortened(subEventType))
	}
	return event.ACLEDFor(typ, s), nil
}

// reportFrom is the event of one report of a merged event, at its own
// coordinates.
func reportFrom(r reportProperties) (event.Event, error) {
	at, err := decodePosition(r.Coordinates)
	if err != nil {
		return event.Event{}, err
	}
	return eventFrom(r.eventProperties, at)
}

// placeKind is the kind of an event's place: place_kind, or in files
// written before it, the kind geo_precision implies.
func placeKind(p eventProperties) (geo.Kind, error) {
	if p.PlaceKind != "" {
		kind, ok := geo.ParseKind(p.PlaceKind)
		if !ok {
			return 0, fmt.Errorf("place_kind %q is not country, region, city or feature", p.PlaceKind)
		}
		return kind, nil
	}
	kind, ok := attrs.KindOfPrecision(p.GeoPrecision)
	if !ok {
		return 0, fmt.Errorf("geo_precision %d is not 1, 2 or 3", p.GeoPrecision)
	}
	return kind, nil
}

// windowOf reads date_start, date_end and time_precision: all null, or all
// set with date_start no later than date_end.
func windowOf(p eventProperties) (*dates.Window, error) {
	if p.DateStart == nil && p.DateEnd == nil && p.TimePrecision == nil {
		return nil, nil
	}
	start, err := parseDate("date_start", p.DateStart)
	if err != nil {
		return nil, err
	}
	end, err := parseDate("date_end", p.DateEnd)
	if err != nil {
		return nil, err
	}
	switch {
	case start == nil || end == nil || p.TimePrecision == nil:
		return nil, errors.New("date_start, date_end and time_precision must be all set or all null")
	case end.Before(*start):
		return nil, fmt.Errorf("date_end %s is before date_start %s", *p.DateEnd, *p.DateStart)
	case *p.TimePrecision < 1 || *p.TimePrecision > 3:
		return nil, fmt.Errorf("time_precision %d is not 1, 2 or 3", *p.TimePrecision)
	}
	return &dates.Window{Start: *start, End: *end, Precision: dates.Precision(*p.TimePrecision)}, nil
}

// parseDate reads a YYYY-MM-DD day, nil for null.
func parseDate(name string, s *string) (*time.Time, error) {
	if s == nil {
		return nil, nil
	}
	t, err := time.Parse(time.DateOnly, *s)
	if err != nil {
		return nil, fmt.Errorf("%s %s is not a YYYY-MM-DD date", name, attrs.Shortened(*s))
	}
	if !attrs.InYears(t) {
		return nil, attrs.YearError(name, *s)
	}
	return &t, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// decodedPlace is the place a feature names; the layers do not hold its
// other names, feature code or population.
func decodedPlace(f placeFields, kind geo.Kind, at orb.Point) *geo.Place {
	return &geo.Place{ID: f.PlaceID, Name: f.Place, Kind: kind, Country: deref(f.CountryCode), Admin1: deref(f.Admin1), Point: at}
}
