package geojson

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// The features are written by hand; they must read as what encoding/json
// writes of eventProperties and placeProperties, which the decoder reads,
// filled in as below.
func TestFeaturesMatchEncodingJSON(t *testing.T) {
	check := func(t *testing.T, got []byte, err error, want any) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		w, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(w) {
			t.Errorf("\n got %s\nwant %s", got, w)
		}
	}
	odd := sampleEvents()[0]
	odd.Actors, odd.ClaimedBy = nil, []string{`"quoted" \ back`, "<b>&amp;</b>"}
	odd.Place = karabakh
	merged := sampleEvents()[0]
	merged.DateText = &text.Span{Start: 3, End: 9}
	merged.Reports = []event.Event{sampleEvents()[0], odd, {Type: event.Other}} // the last has no place
	for _, ev := range append(sampleEvents(), odd, merged) {
		if ev.Place != nil {
			got, err := appendEventFeature(nil, ev)
			check(t, got, err, eventFeature(ev))
		}
	}
	for _, pm := range append(samplePlaces(), event.PlaceMentions{Source: "c.txt", Place: armenia}) {
		if pm.Place != nil {
			got, err := appendPlaceFeature(nil, pm)
			check(t, got, err, placeFeature(pm.Source, pm.Place, pm.Mentions))
		}
	}
}

func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{
		"", "plain", `"quotes" and \backslashes\`, "<script>&</script>", "tab\tnew\nline\rret",
		"\x00\x01\b\f\x1f\x7f", "line\u2028para\u2029sep", "invalid \xff\xfe UTF-8 \xe2\x80",
		"Şuşa, Xankəndi, “quoted” — 🌍", "\u00a0no-break",
	} {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}

// What follows fills the schema structs in, for encoding/json to write.

func placeFieldsOf(p *geo.Place) placeFields {
	return placeFields{Place: p.Name, PlaceID: p.ID, CountryCode: nonEmpty(p.Country), Admin1: nonEmpty(p.Admin1)}
}

func eventFeature(ev event.Event) pointFeature[eventProperties] {
	return newPointFeature(ev.Place.Point, eventPropertiesOf(ev))
}

func eventPropertiesOf(ev event.Event) eventProperties {
	p := eventProperties{
		ID:           ev.ID,
		Source:       ev.Source,
		DocDate:      isoDay(ev.DocDate),
		EventType:    ev.Type.String(),
		placeFields:  placeFieldsOf(ev.Place),
		GeoPrecision: event.GeoPrecision(ev.Place.Kind),
		Actors:       nonNil(ev.Actors),
		ClaimedBy:    nonNil(ev.ClaimedBy),
		DeniedBy:     nonNil(ev.DeniedBy),
		Fatalities:   ev.Fatalities,
		Injured:      ev.Injured,
		Sentence:     ev.Sentence,
		Offset:       [2]int{ev.Offset.Start, ev.Offset.End},
		PlaceKind:    ev.Place.Kind.String(),
		PlaceOffset:  [2]int{ev.PlaceText.Start, ev.PlaceText.End},
		Reports:      []reportProperties{},
	}
	if d := ev.DateText; d != nil {
		p.DateOffset = &[2]int{d.Start, d.End}
	}
	for _, r := range ev.Reports {
		if r.Place != nil {
			at := [2]float64{roundCoordinate(r.Place.Point[0]), roundCoordinate(r.Place.Point[1])}
			p.Reports = append(p.Reports, reportProperties{at, eventPropertiesOf(r)})
		}
	}
	if w := ev.Window; w != nil {
		p.DateStart, p.DateEnd = isoDay(&w.Start), isoDay(&w.End)
		if w.Start.Equal(w.End) {
			p.EventDate = p.DateStart
		}
		tp := int(w.Precision)
		p.TimePrecision = &tp
	}
	return p
}

func placeFeature(source string, pl *geo.Place, mentions []geo.Mention) pointFeature[placeProperties] {
	p := placeProperties{
		Source:      source,
		placeFields: placeFieldsOf(pl),
		Kind:        pl.Kind.String(),
		Mentions:    make([]mentionJSON, len(mentions)),
	}
	for i, m := range mentions {
		p.Mentions[i] = mentionJSON{Text: m.Text, Start: m.Start, End: m.End}
	}
	return newPointFeature(pl.Point, p)
}

// pointFeature is a GeoJSON Feature with a Point geometry.
type pointFeature[P any] struct {
	Type       string    `json:"type"`
	Geometry   pointJSON `json:"geometry"`
	Properties P         `json:"properties"`
}

type pointJSON struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

func newPointFeature[P any](at orb.Point, p P) pointFeature[P] {
	return pointFeature[P]{
		Type:       "Feature",
		Geometry:   pointJSON{Type: "Point", Coordinates: [2]float64{roundCoordinate(at[0]), roundCoordinate(at[1])}},
		Properties: p,
	}
}

func isoDay(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
