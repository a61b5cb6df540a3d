package data

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/geo"
)

// eventProperties are the properties of an events-layer feature, in the
// order they are written.
type eventProperties struct {
	ID            string  `json:"id"`
	Source        string  `json:"source"`
	DocDate       *string `json:"doc_date"`
	EventDate     *string `json:"event_date"`
	DateStart     *string `json:"date_start"`
	DateEnd       *string `json:"date_end"`
	TimePrecision *int    `json:"time_precision"`
	EventType     string  `json:"event_type"`
	placeFields
	GeoPrecision int      `json:"geo_precision"`
	Actors       []string `json:"actors"`
	ClaimedBy    []string `json:"claimed_by"`
	DeniedBy     []string `json:"denied_by"`
	Fatalities   *int     `json:"fatalities"`
	Injured      *int     `json:"injured"`
	Sentence     string   `json:"sentence"`
	Offset       [2]int   `json:"offset"`
	PlaceKind    string   `json:"place_kind"`
	PlaceOffset  [2]int   `json:"place_offset"`
	DateOffset   *[2]int  `json:"date_offset"`
	// Reports are the separate reports of a merged event, [] for an event
	// from one report.
	Reports []reportProperties `json:"reports"`
}

// reportProperties are one report of a merged event: the properties of an
// event, with its own point, since reports may name nearby places.
type reportProperties struct {
	Coordinates [2]float64 `json:"coordinates"`
	eventProperties
}

// placeFields name a feature's place, in both layers.
type placeFields struct {
	Place       string  `json:"place"`
	PlaceID     string  `json:"place_id"`
	CountryCode *string `json:"country_code"`
	Admin1      *string `json:"admin1"`
}

func placeFieldsOf(p *geo.Place) placeFields {
	return placeFields{Place: p.Name, PlaceID: p.ID, CountryCode: nonEmpty(p.Country), Admin1: nonEmpty(p.Admin1)}
}

// placeProperties are the properties of a places-layer feature.
type placeProperties struct {
	Source string `json:"source"`
	placeFields
	Kind     string        `json:"kind"`
	Mentions []mentionJSON `json:"mentions"`
}

type mentionJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// GeoPrecision is ACLED's geo_precision of a place of kind k: 1 for a town,
// village or feature, 2 for a region or district, 3 for a country.
func GeoPrecision(k geo.Kind) int {
	switch k {
	case geo.Region:
		return 2
	case geo.Country:
		return 3
	}
	return 1
}

func eventFeature(ev Event) pointFeature[eventProperties] {
	return newPointFeature(ev.Place.Point, propertiesOf(ev))
}

// propertiesOf is what the events layer holds of ev, which must have a place.
func propertiesOf(ev Event) eventProperties {
	p := eventProperties{
		ID:           ev.ID,
		Source:       ev.Source,
		DocDate:      isoDay(ev.DocDate),
		EventType:    string(ev.Type),
		placeFields:  placeFieldsOf(ev.Place),
		GeoPrecision: GeoPrecision(ev.Place.Kind),
		Actors:       nonNil(ev.Actors),
		ClaimedBy:    nonNil(ev.ClaimedBy),
		DeniedBy:     nonNil(ev.DeniedBy),
		Fatalities:   ev.Fatalities,
		Injured:      ev.Injured,
		Sentence:     ev.Sentence,
		Offset:       [2]int{ev.Offset.Start, ev.Offset.End},
		PlaceKind:    ev.Place.Kind.String(),
		PlaceOffset:  [2]int{ev.PlaceText.Start, ev.PlaceText.End},
		Reports:      make([]reportProperties, 0, len(ev.Reports)),
	}
	if d := ev.DateText; d != nil {
		p.DateOffset = &[2]int{d.Start, d.End}
	}
	for _, r := range ev.Reports {
		if r.Place != nil {
			p.Reports = append(p.Reports, reportProperties{roundPoint(r.Place.Point), propertiesOf(r)})
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

// pointFeature is a GeoJSON Feature with a Point geometry, written as a plain
// struct so that encoding/json writes it in one pass: orb's geojson types
// marshal their geometry through an interface and then re-validate the
// output, which costs as much as extracting the events. Reading goes through
// orb (see geojson_decode.go).
type pointFeature[P any] struct {
	Type       string    `json:"type"`
	Geometry   pointJSON `json:"geometry"`
	Properties P         `json:"properties"`
}

type pointJSON struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// newPointFeature places properties p at [longitude, latitude] rounded to
// 6 decimals (about 10 cm).
func newPointFeature[P any](at orb.Point, p P) pointFeature[P] {
	return pointFeature[P]{
		Type:       "Feature",
		Geometry:   pointJSON{Type: "Point", Coordinates: roundPoint(at)},
		Properties: p,
	}
}

// roundPoint is [longitude, latitude] rounded to 6 decimals (about 10 cm).
func roundPoint(at orb.Point) [2]float64 {
	round := func(v float64) float64 { return math.Round(v*1e6) / 1e6 }
	return [2]float64{round(at[0]), round(at[1])}
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

// A FeatureWriter writes one GeoJSON FeatureCollection a feature at a time,
// one feature a line, so that a layer of any size streams in constant
// memory. Close ends the collection; it must be called even when nothing was
// written, to write an empty one.
type FeatureWriter struct {
	w       *bufio.Writer
	enc     *json.Encoder // onto w, so that features are not marshalled into buffers of their own
	started bool
	err     error // the first error, which every later call returns
}

// NewFeatureWriter returns a writer of a FeatureCollection to w.
func NewFeatureWriter(w io.Writer) *FeatureWriter {
	bw := bufio.NewWriter(w)
	return &FeatureWriter{w: bw, enc: json.NewEncoder(bw)}
}

// WriteEvents writes an events-layer feature for each event that has a place.
func (fw *FeatureWriter) WriteEvents(events ...Event) error {
	for _, ev := range events {
		if ev.Place != nil {
			fw.write(eventFeature(ev))
		}
	}
	return fw.err
}

// WritePlaces writes a places-layer feature for each place that was resolved.
func (fw *FeatureWriter) WritePlaces(places ...PlaceMentions) error {
	for _, pm := range places {
		if pm.Place != nil {
			fw.write(placeFeature(pm.Source, pm.Place, pm.Mentions))
		}
	}
	return fw.err
}

func (fw *FeatureWriter) write(f any) {
	if fw.err != nil {
		return
	}
	fw.begin()
	if fw.started {
		fw.w.WriteString(",")
	} else {
		fw.w.WriteString("\n")
		fw.started = true
	}
	// The encoder ends each feature with a line end: one feature a line,
	// each after the first opening with the comma that separates it.
	if err := fw.enc.Encode(f); err != nil {
		fw.err = fmt.Errorf("encoding a GeoJSON feature: %w", err)
	}
}

func (fw *FeatureWriter) begin() {
	if !fw.started {
		fw.w.WriteString(`{"type":"FeatureCollection","features":[`)
	}
}

// Close ends the FeatureCollection and flushes it. It does not close the
// underlying writer.
func (fw *FeatureWriter) Close() error {
	if fw.err != nil {
		return fw.err
	}
	fw.begin()
	fw.w.WriteString("]}\n")
	err := fw.w.Flush()
	fw.err = err
	if err == nil {
		fw.err = errClosed
	}
	return err
}

var errClosed = errors.New("GeoJSON FeatureWriter already closed")

// EncodeEvents writes the events layer of events to w: a GeoJSON (RFC 7946)
// FeatureCollection with a Point at the place of each event that has one,
// [longitude, latitude] rounded to 6 decimals (about 10 cm). The properties
// are those of eventProperties, in that order. Dates are YYYY-MM-DD;
// date_start and date_end are the inclusive window of days the event
// happened in; event_date is that day when the window is one day and null
// otherwise; the three and time_precision are null for an undated event.
// time_precision (day 1, week 2, month 3) and geo_precision (1 a town,
// village or feature, 2 a region or district, 3 a country) follow ACLED.
// offset is the sentence's [start, end) in rune offsets into Article.Text,
// the article after its date header (add Article.BodyOffset for the file);
// place_offset and date_offset are those of the place's mention and of the
// date expression (null when the date came from elsewhere), in the same
// runes. place_kind is city, feature, region or country. reports holds the
// separate reports of an event merged from several articles (see
// MergeReports), each with these properties and its own coordinates; it is
// [] for an event from one report.
//
// Every property is in every feature, with one JSON type across features
// (arrays are [] rather than null), so that GIS tools such as OGR infer one
// schema without warnings.
func EncodeEvents(w io.Writer, events []Event) error {
	fw := NewFeatureWriter(w)
	fw.WriteEvents(events...)
	return fw.Close()
}

// EncodePlaces writes the places layer of places to w: a Point for each
// place an article names, with the properties of placeProperties; mention
// offsets are rune offsets into Article.Text, as in the events layer.
func EncodePlaces(w io.Writer, places []PlaceMentions) error {
	fw := NewFeatureWriter(w)
	fw.WritePlaces(places...)
	return fw.Close()
}
