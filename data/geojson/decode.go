package geojson

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/paulmach/orb"
	orbjson "github.com/paulmach/orb/geojson"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// DecodeEvents reads an events layer written by Chronomap (see EncodeEvents)
// back into events, with the reports of merged events. What the layer does
// not hold is left zero: the place's alternate names, feature code and
// population. In files without place_kind, a place of geo_precision 1 comes
// back as a geo.City, even if it was a geo.Feature.
func DecodeEvents(r io.Reader) ([]event.Event, error) { return decodeLayer(r, eventOf) }

// DecodePlaces reads a places layer written by Chronomap (see EncodePlaces).
func DecodePlaces(r io.Reader) ([]event.PlaceMentions, error) { return decodeLayer(r, placeMentionsOf) }

// decodeLayer reads a FeatureCollection of Points with properties P and
// converts each feature with of.
func decodeLayer[P, T any](r io.Reader, of func(orbjson.FeatureOf[P]) (T, error)) ([]T, error) {
	features, err := decodeCollection[P](r)
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(features))
	for i, f := range features {
		v, err := of(f)
		if err != nil {
			return nil, fmt.Errorf("GeoJSON feature %d: %w", i+1, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// decodeCollection reads a FeatureCollection of Points with properties P.
func decodeCollection[P any](r io.Reader) ([]orbjson.FeatureOf[P], error) {
	var fc struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.NewDecoder(r).Decode(&fc); err != nil {
		return nil, fmt.Errorf("not GeoJSON: %w", err)
	}
	if fc.Type != "FeatureCollection" {
		return nil, fmt.Errorf("not a GeoJSON FeatureCollection (type %q)", fc.Type)
	}
	features := make([]orbjson.FeatureOf[P], len(fc.Features))
	for i, raw := range fc.Features {
		f := &features[i]
		if err := json.Unmarshal(raw, f); err != nil {
			return nil, fmt.Errorf("GeoJSON feature %d: %w", i+1, err)
		}
		if _, ok := f.Geometry.(orb.Point); !ok {
			return nil, fmt.Errorf("GeoJSON feature %d: geometry is not a Point", i+1)
		}
	}
	return features, nil
}

func eventOf(f orbjson.FeatureOf[eventProperties]) (event.Event, error) {
	return eventFrom(f.Properties, f.Geometry.(orb.Point))
}

// eventFrom is the event of one feature's properties, or of one of its
// reports, at point at.
func eventFrom(p eventProperties, at orb.Point) (event.Event, error) {
	if p.Source == "" {
		return event.Event{}, errors.New("no source")
	}
	kind, err := placeKind(p)
	if err != nil {
		return event.Event{}, err
	}
	docDate, err := parseDate("doc_date", p.DocDate)
	if err != nil {
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
	ev := event.Event{
		ID:         p.ID,
		Source:     p.Source,
		DocDate:    docDate,
		Type:       typ,
		Place:      decodedPlace(p.placeFields, kind, at),
		PlaceText:  text.Span{Start: p.PlaceOffset[0], End: p.PlaceOffset[1]},
		Window:     window,
		Actors:     nilIfEmpty(p.Actors),
		ClaimedBy:  nilIfEmpty(p.ClaimedBy),
		DeniedBy:   nilIfEmpty(p.DeniedBy),
		Fatalities: p.Fatalities,
		Injured:    p.Injured,
		Sentence:   p.Sentence,
		Offset:     text.Span{Start: p.Offset[0], End: p.Offset[1]},
	}
	if d := p.DateOffset; d != nil {
		ev.DateText = &text.Span{Start: d[0], End: d[1]}
	}
	for i, r := range p.Reports {
		report, err := eventFrom(r.eventProperties, orb.Point(r.Coordinates))
		if err != nil {
			return event.Event{}, fmt.Errorf("report %d: %w", i+1, err)
		}
		ev.Reports = append(ev.Reports, report)
	}
	return ev, nil
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
	kind, ok := kindOfPrecision(p.GeoPrecision)
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

func placeMentionsOf(f orbjson.FeatureOf[placeProperties]) (event.PlaceMentions, error) {
	p := f.Properties
	if p.Source == "" {
		return event.PlaceMentions{}, errors.New("no source")
	}
	kind, ok := geo.ParseKind(p.Kind)
	if !ok {
		return event.PlaceMentions{}, fmt.Errorf("kind %q is not country, region, city or feature", p.Kind)
	}
	place := decodedPlace(p.placeFields, kind, f.Geometry.(orb.Point))
	pm := event.PlaceMentions{Source: p.Source, Place: place}
	for _, m := range p.Mentions {
		pm.Mentions = append(pm.Mentions, geo.Mention{Text: m.Text, Start: m.Start, End: m.End, Place: place})
	}
	return pm, nil
}

func kindOfPrecision(p int) (geo.Kind, bool) {
	switch p {
	case 1:
		return geo.City, true
	case 2:
		return geo.Region, true
	case 3:
		return geo.Country, true
	}
	return 0, false
}

func parseDate(name string, s *string) (*time.Time, error) {
	if s == nil {
		return nil, nil
	}
	t, err := time.Parse(time.DateOnly, *s)
	if err != nil {
		return nil, fmt.Errorf("%s %q is not a YYYY-MM-DD date", name, *s)
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
