package geojson

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// The features are written field by field, straight from the events and
// places, rather than by encoding/json from eventProperties and
// placeProperties: reflection over the same fields for every feature, and
// the pointers that stand for null, cost a tenth of the extraction. The
// output is what encoding/json writes of those structs, byte for byte
// (write_test.go checks it), so that they stay the statement of the
// schema, which the decoder reads.

// appendEventFeature appends the events-layer feature of ev, which must
// have a place, as one line of JSON without the line end. An event with a
// value the reader would refuse (see Import) is an error naming it: what
// Chronomap writes, it must read back.
func appendEventFeature(b []byte, ev *event.Event) ([]byte, error) {
	b = append(b, `{"type":"Feature","geometry":{"type":"Point","coordinates":`...)
	b, err := appendCoordinates(b, ev.Place.Point)
	if err == nil {
		b, err = appendEventFields(append(b, `},"properties":{`...), ev)
	}
	if err == nil {
		b = appendReviewFields(b, ev)
	}
	if err != nil {
		return b, fmt.Errorf("event %s: %w", attrs.Shortened(ev.ID), err)
	}
	return append(b, "}}"...), nil
}

// appendEventFields appends the fields of eventProperties, from "id" to
// "extra", without the braces around them.
func appendEventFields(b []byte, ev *event.Event) ([]byte, error) {
	if err := attrs.CheckEvent(ev); err != nil {
		return b, err
	}
	b = appendJSONString(append(b, `"id":`...), ev.ID)
	b = appendJSONString(append(b, `,"source":`...), ev.Source)
	b = appendJSONDay(append(b, `,"doc_date":`...), ev.DocDate)
	if w := ev.Window; w != nil {
		var day *time.Time // event_date: the window's day, if it is one
		if w.Start.Equal(w.End) {
			day = &w.Start
		}
		b = appendJSONDay(append(b, `,"event_date":`...), day)
		b = appendJSONDay(append(b, `,"date_start":`...), &w.Start)
		b = appendJSONDay(append(b, `,"date_end":`...), &w.End)
		b = strconv.AppendInt(append(b, `,"time_precision":`...), int64(w.Precision), 10)
	} else {
		b = append(b, `,"event_date":null,"date_start":null,"date_end":null,"time_precision":null`...)
	}
	b = appendJSONString(append(b, `,"event_type":`...), ev.Type.String())
	acled := ev.ACLEDType()
	b = appendJSONString(append(b, `,"acled_event_type":`...), acled.EventType)
	b = appendJSONString(append(b, `,"acled_sub_event_type":`...), acled.SubEventType)
	b = appendPlaceFields(b, ev.Place)
	b = strconv.AppendInt(append(b, `,"geo_precision":`...), int64(event.GeoPrecision(ev.Place.Kind)), 10)
	b = appendJSONStrings(append(b, `,"actors":`...), ev.Actors)
	b = appendJSONStrings(append(b, `,"claimed_by":`...), ev.ClaimedBy)
	b = appendJSONStrings(append(b, `,"denied_by":`...), ev.DeniedBy)
	b = appendJSONInt(append(b, `,"fatalities":`...), ev.Fatalities)
	b = appendJSONInt(append(b, `,"injured":`...), ev.Injured)
	b = appendJSONString(append(b, `,"sentence":`...), ev.Sentence)
	b = appendSpan(append(b, `,"offset":`...), ev.Offset)
	b = appendJSONString(append(b, `,"place_kind":`...), ev.Place.Kind.String())
	b = appendSpan(append(b, `,"place_offset":`...), ev.PlaceText)
	b = append(b, `,"date_offset":`...)
	if d := ev.DateText; d != nil {
		b = appendSpan(b, *d)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"reports":[`...)
	written := 0 // reports without a place are left out
	for i := range ev.Reports {
		r := &ev.Reports[i]
		if r.Place == nil {
			continue
		}
		if written > 0 {
			b = append(b, ',')
		}
		written++
		var err error
		b, err = appendCoordinates(append(b, `{"coordinates":`...), r.Place.Point)
		if err == nil {
			b, err = appendEventFields(append(b, ','), r)
		}
		if err != nil {
			return b, fmt.Errorf("report %d: %w", written, err)
		}
		b = append(b, '}')
	}
	b = append(b, ']')
	if ev.Extra != nil && len(ev.Extra.Attributes) > 0 {
		b = extraObject(ev.Extra.Attributes).appendJSON(append(b, `,"extra":`...))
	}
	return b, nil
}

// appendReviewFields appends the fields of reviewProperties, each after a
// comma.
func appendReviewFields(b []byte, ev *event.Event) []byte {
	b = strconv.AppendBool(append(b, `,"edited":`...), ev.Edited)
	b = append(b, `,"verified":`...)
	if v := ev.Review.Verified(); v != nil {
		b = strconv.AppendBool(b, *v)
	} else {
		b = append(b, "null"...)
	}
	return appendJSONStringOrNull(append(b, `,"note":`...), ev.Note)
}

// appendSpan appends a span as [start,end].
func appendSpan(b []byte, s text.Span) []byte {
	b = strconv.AppendInt(append(b, '['), int64(s.Start), 10)
	b = strconv.AppendInt(append(b, ','), int64(s.End), 10)
	return append(b, ']')
}

// appendPlaceFeature appends the places-layer feature of pm, which must
// have a place, as one line of JSON without the line end.
func appendPlaceFeature(b []byte, pm event.PlaceMentions) ([]byte, error) {
	b = append(b, `{"type":"Feature","geometry":{"type":"Point","coordinates":`...)
	b, err := appendCoordinates(b, pm.Place.Point)
	if err != nil {
		return b, err
	}
	b = appendJSONString(append(b, `},"properties":{"source":`...), pm.Source)
	b = appendPlaceFields(b, pm.Place)
	b = appendJSONString(append(b, `,"kind":`...), pm.Place.Kind.String())
	most := 0.0
	for _, m := range pm.Mentions {
		most = max(most, m.Confidence)
	}
	b = appendConfidence(append(b, `,"confidence":`...), most)
	b = append(b, `,"mentions":[`...)
	for i, m := range pm.Mentions {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(append(b, `{"text":`...), m.Text)
		b = strconv.AppendInt(append(b, `,"start":`...), int64(m.Start), 10)
		b = strconv.AppendInt(append(b, `,"end":`...), int64(m.End), 10)
		b = appendConfidence(append(b, `,"confidence":`...), m.Confidence)
		if m.InName {
			b = append(b, `,"in_name":true`...)
		}
		b = append(b, '}')
	}
	return append(b, "]}}"...), nil
}

// appendConfidence appends a confidence in [0, 1] to three decimals, which
// is all the geocoder's scores mean.
func appendConfidence(b []byte, c float64) []byte {
	return strconv.AppendFloat(b, math.Round(min(max(c, 0), 1)*1000)/1000, 'f', -1, 64)
}

// appendCoordinates appends a point on Earth as [longitude,latitude].
func appendCoordinates(b []byte, at orb.Point) ([]byte, error) {
	if err := attrs.CheckPoint(at, lookSwapped); err != nil {
		return b, err
	}
	lon, lat := attrs.RoundCoordinate(at[0]), attrs.RoundCoordinate(at[1])
	// At most 180 in magnitude and never below 1e-6 unless 0, a coordinate
	// needs no exponent, and encoding/json would write none either.
	b = strconv.AppendFloat(append(b, '['), lon, 'f', -1, 64)
	b = strconv.AppendFloat(append(b, ','), lat, 'f', -1, 64)
	return append(b, ']'), nil
}

// appendPlaceFields appends the fields of placeFields, each after a comma.
func appendPlaceFields(b []byte, p *geo.Place) []byte {
	b = appendJSONString(append(b, `,"place":`...), p.Name)
	b = appendJSONString(append(b, `,"place_id":`...), p.ID)
	b = appendJSONStringOrNull(append(b, `,"country_code":`...), p.Country)
	return appendJSONStringOrNull(append(b, `,"admin1":`...), p.Admin1)
}

// appendJSONDay appends a day as "YYYY-MM-DD", or null.
func appendJSONDay(b []byte, t *time.Time) []byte {
	if t == nil {
		return append(b, "null"...)
	}
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		b = t.AppendFormat(append(b, '"'), time.DateOnly)
		return append(b, '"')
	}
	// Written by hand: AppendFormat reads its layout anew for every day,
	// and a layer writes four days a feature.
	return append(b, '"', digit(y/1000), digit(y/100), digit(y/10), digit(y), '-',
		digit(int(m)/10), digit(int(m)), '-', digit(d/10), digit(d), '"')
}

// digit is the last decimal digit of n, which is not negative.
func digit(n int) byte { return byte('0' + n%10) }

func appendJSONInt(b []byte, n *int) []byte {
	if n == nil {
		return append(b, "null"...)
	}
	return strconv.AppendInt(b, int64(*n), 10)
}

// appendJSONStrings appends a list, [] when it is empty or nil, so that the
// property has one JSON type in every feature.
func appendJSONStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendJSONStringOrNull appends s, or null when it is empty.
func appendJSONStringOrNull(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendJSONString(b, s)
}
