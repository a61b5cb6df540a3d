package geojson

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/chronomap/chronomap/data/event"
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
	// The event's type in ACLED's codebook (Event.ACLEDType): what the
	// report says, or else EventType's; read back as Event.ACLED, which
	// both empty leave ACLEDByType.
	ACLEDEventType    string `json:"acled_event_type"`
	ACLEDSubEventType string `json:"acled_sub_event_type"`
	placeFields
	GeoPrecision int      `json:"geo_precision"`
	Actors       []string `json:"actors"`
	ClaimedBy    []string `json:"claimed_by"`
	DeniedBy     []string `json:"denied_by"`
	// Fatalities and Injured take any JSON value, so that countOf can
	// name a wrong one as written: they are null or whole numbers.
	Fatalities  any     `json:"fatalities"`
	Injured     any     `json:"injured"`
	Sentence    string  `json:"sentence"`
	Offset      [2]int  `json:"offset"`
	PlaceKind   string  `json:"place_kind"`
	PlaceOffset [2]int  `json:"place_offset"`
	DateOffset  *[2]int `json:"date_offset"`
	// Reports are the separate reports of a merged event, [] for an event
	// from one report.
	Reports []reportProperties `json:"reports"`
	// Extra is what another tool's record of the event said that no
	// property above holds (event.Extra); left out when it said nothing
	// more, as for every event extracted from an article.
	Extra extraObject `json:"extra,omitempty"`
}

// featureProperties are the properties of an events-layer feature: the
// event's, then what an analyst made of it, which its reports do not have.
type featureProperties struct {
	eventProperties
	reviewProperties
}

// reviewProperties are an analyst's work on an event (see package edit):
// edited when a correction changed it, verified true or false once they
// confirmed or rejected it, else null, and their note, null if none.
// Layers written before them lack all three, which reads as unreviewed.
type reviewProperties struct {
	Edited   bool    `json:"edited"`
	Verified *bool   `json:"verified"`
	Note     *string `json:"note"`
}

// reportProperties are one report of a merged event: the properties of an
// event, with its own point, since reports may name nearby places. The
// point is kept as written, for decodePosition to check.
type reportProperties struct {
	Coordinates json.RawMessage `json:"coordinates"`
	eventProperties
}

// placeFields name a feature's place, in both layers.
type placeFields struct {
	Place       string  `json:"place"`
	PlaceID     string  `json:"place_id"`
	CountryCode *string `json:"country_code"`
	Admin1      *string `json:"admin1"`
}

// placeProperties are the properties of a places-layer feature.
type placeProperties struct {
	Source string `json:"source"`
	placeFields
	Kind       string        `json:"kind"`
	Confidence float64       `json:"confidence"` // the most of its mentions'
	Mentions   []mentionJSON `json:"mentions"`
}

type mentionJSON struct {
	Text       string  `json:"text"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
	InName     bool    `json:"in_name,omitempty"` // inside an organisation's name
}

// A FeatureWriter writes one GeoJSON FeatureCollection a feature at a time,
// one feature a line, so that a layer of any size streams in constant
// memory; or, made by NewLineWriter, the features alone, a line each. Close
// ends the collection; it must be called even when nothing was written, to
// write an empty one.
type FeatureWriter struct {
	w       *bufio.Writer
	buf     []byte // the feature being written, reused
	lines   bool   // features alone, each call's written out before it returns
	started bool
	err     error // the first error, which every later call returns
}

// writeBuffer is how much a FeatureWriter gathers before it writes: a layer
// of many features goes out in few system calls.
const writeBuffer = 64 << 10

// NewFeatureWriter returns a writer of a FeatureCollection to w.
func NewFeatureWriter(w io.Writer) *FeatureWriter {
	return &FeatureWriter{w: bufio.NewWriterSize(w, writeBuffer)}
}

// NewLineWriter returns a writer of newline-delimited GeoJSON to w: each
// Feature on a line of its own, the same line a FeatureWriter writes in a
// collection, with nothing around them, as JSON Lines tools read them. The
// features of each call are written out (flushed) before it returns, so
// that a reader at the other end of a pipe has each article's as soon as
// it is done. Close flushes, and writes nothing of its own.
func NewLineWriter(w io.Writer) *FeatureWriter {
	return &FeatureWriter{w: bufio.NewWriterSize(w, writeBuffer), lines: true}
}

// WriteEvents writes an events-layer feature for each event that has a place.
func (fw *FeatureWriter) WriteEvents(events ...event.Event) error {
	for i := range events {
		if ev := &events[i]; ev.Place != nil {
			fw.write(func(b []byte) ([]byte, error) { return appendEventFeature(b, ev) })
		}
	}
	return fw.endCall()
}

// WritePlaces writes a places-layer feature for each place that was resolved.
func (fw *FeatureWriter) WritePlaces(places ...event.PlaceMentions) error {
	for _, pm := range places {
		if pm.Place != nil {
			fw.write(func(b []byte) ([]byte, error) { return appendPlaceFeature(b, pm) })
		}
	}
	return fw.endCall()
}

// write writes the feature that appendFeature appends.
func (fw *FeatureWriter) write(appendFeature func([]byte) ([]byte, error)) {
	if fw.err != nil {
		return
	}
	fw.begin()
	// One feature a line, each after the first of a collection opening
	// with the comma that separates it.
	b := fw.buf[:0]
	switch {
	case fw.lines:
	case fw.started:
		b = append(b, ',')
	default:
		b = append(b, '\n')
	}
	fw.started = true
	b, err := appendFeature(b)
	if err != nil {
		fw.err = fmt.Errorf("encoding a GeoJSON feature: %w", err)
		return
	}
	fw.buf = append(b, '\n')
	fw.w.Write(fw.buf)
}

// endCall ends a call of WriteEvents or WritePlaces: a NewLineWriter's
// features go out now.
func (fw *FeatureWriter) endCall() error {
	if fw.lines && fw.err == nil {
		fw.err = fw.w.Flush()
	}
	return fw.err
}

func (fw *FeatureWriter) begin() {
	if !fw.started && !fw.lines {
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
	if !fw.lines {
		fw.w.WriteString("]}\n")
	}
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
// [] for an event from one report. extra, only in the features of events
// imported from another tool's layer with more attributes than Chronomap
// reads (an ACLED CSV's disorder_type), holds those, as an object of
// strings in the record's order.
//
// Every property is in every feature, with one JSON type across features
// (arrays are [] rather than null), so that GIS tools such as OGR infer one
// schema without warnings.
func EncodeEvents(w io.Writer, events []event.Event) error {
	fw := NewFeatureWriter(w)
	fw.WriteEvents(events...)
	return fw.Close()
}
