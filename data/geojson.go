package data

import (
	"bufio"
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
	}
	if w := ev.Window; w != nil {
		p.DateStart, p.DateEnd = isoDay(&w.Start), isoDay(&w.End)
		if w.Start.Equal(w.End) {
			p.EventDate = p.DateStart
		}
		tp := int(w.Precision)
		p.TimePrecision = &tp
	}
	return newPointFeature(ev.Place.Point, p)
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

// pointFeature is a GeoJSON Feature with a Point geometry, a plain struct
// written in one pass (geojson_write.go): orb's geojson types marshal their
// geometry through an interface and then re-validate the output, which costs
// as much as extracting the events. Reading goes through orb (see
// geojson_decode.go).
type pointFeature[P jsonProperties] struct {
	Type       string    `json:"type"`
	Geometry   pointJSON `json:"geometry"`
	Properties P         `json:"properties"`
}

// jsonProperties are the properties of a feature, which write themselves.
type jsonProperties interface {
	appendJSON(b []byte) []byte
}

type pointJSON struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// newPointFeature places properties p at [longitude, latitude] rounded to
// 6 decimals (about 10 cm).
func newPointFeature[P jsonProperties](at orb.Point, p P) pointFeature[P] {
	round := func(v float64) float64 { return math.Round(v*1e6) / 1e6 }
	return pointFeature[P]{
		Type:       "Feature",
		Geometry:   pointJSON{Type: "Point", Coordinates: [2]float64{round(at[0]), round(at[1])}},
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

// A FeatureWriter writes one GeoJSON FeatureCollection a feature at a time,
// one feature a line, so that a layer of any size streams in constant
// memory. Close ends the collection; it must be called even when nothing was
// written, to write an empty one.
type FeatureWriter struct {
	w       *bufio.Writer
	buf     []byte // the feature being written, reused
	started bool
	err     error // the first error, which every later call returns
}

// NewFeatureWriter returns a writer of a FeatureCollection to w.
func NewFeatureWriter(w io.Writer) *FeatureWriter {
	return &FeatureWriter{w: bufio.NewWriter(w)}
}

// WriteEvents writes an events-layer feature for each event that has a place.
func (fw *FeatureWriter) WriteEvents(events ...Event) error {
	for _, ev := range events {
		if ev.Place != nil {
			write(fw, eventFeature(ev))
		}
	}
	return fw.err
}

// WritePlaces writes a places-layer feature for each place that was resolved.
func (fw *FeatureWriter) WritePlaces(places ...PlaceMentions) error {
	for _, pm := range places {
		if pm.Place != nil {
			write(fw, placeFeature(pm.Source, pm.Place, pm.Mentions))
		}
	}
	return fw.err
}

// write writes a feature; it is a function rather than a method so that the
// feature is not boxed in an interface, which would allocate it.
func write[P jsonProperties](fw *FeatureWriter, f pointFeature[P]) {
	if fw.err != nil {
		return
	}
	fw.begin()
	// One feature a line, each after the first opening with the comma that
	// separates it.
	b := fw.buf[:0]
	if fw.started {
		b = append(b, ',')
	} else {
		b = append(b, '\n')
		fw.started = true
	}
	b, err := f.appendJSON(b)
	if err != nil {
		fw.err = fmt.Errorf("encoding a GeoJSON feature: %w", err)
		return
	}
	fw.buf = append(b, '\n')
	fw.w.Write(fw.buf)
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
// the article after its date header (add Article.BodyOffset for the file).
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
