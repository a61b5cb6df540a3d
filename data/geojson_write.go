package data

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// The features are written field by field rather than by encoding/json,
// which finds the same fields by reflection for every feature and boxes
// each feature in an interface: that cost a tenth of the extraction. The
// output is what encoding/json writes of the same structs, byte for byte
// (geojson_write_test.go checks it), so the struct tags stay the one
// statement of the schema, which the decoder reads.

// appendJSON appends the feature as one line of JSON, without the line end.
func (f pointFeature[P]) appendJSON(b []byte) ([]byte, error) {
	at := f.Geometry.Coordinates
	for _, v := range at {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return b, fmt.Errorf("coordinates %v are not numbers", at)
		}
	}
	b = append(b, `{"type":"Feature","geometry":{"type":"Point","coordinates":[`...)
	b = appendJSONCoordinate(b, at[0])
	b = appendJSONCoordinate(append(b, ','), at[1])
	b = f.Properties.appendJSON(append(b, `]},"properties":`...))
	return append(b, '}'), nil
}

func (p eventProperties) appendJSON(b []byte) []byte {
	b = appendJSONString(append(b, `{"id":`...), p.ID)
	b = appendJSONString(append(b, `,"source":`...), p.Source)
	b = appendJSONStringOrNull(append(b, `,"doc_date":`...), p.DocDate)
	b = appendJSONStringOrNull(append(b, `,"event_date":`...), p.EventDate)
	b = appendJSONStringOrNull(append(b, `,"date_start":`...), p.DateStart)
	b = appendJSONStringOrNull(append(b, `,"date_end":`...), p.DateEnd)
	b = appendJSONIntOrNull(append(b, `,"time_precision":`...), p.TimePrecision)
	b = appendJSONString(append(b, `,"event_type":`...), p.EventType)
	b = p.placeFields.appendJSON(b)
	b = strconv.AppendInt(append(b, `,"geo_precision":`...), int64(p.GeoPrecision), 10)
	b = appendJSONStrings(append(b, `,"actors":`...), p.Actors)
	b = appendJSONStrings(append(b, `,"claimed_by":`...), p.ClaimedBy)
	b = appendJSONStrings(append(b, `,"denied_by":`...), p.DeniedBy)
	b = appendJSONIntOrNull(append(b, `,"fatalities":`...), p.Fatalities)
	b = appendJSONIntOrNull(append(b, `,"injured":`...), p.Injured)
	b = appendJSONString(append(b, `,"sentence":`...), p.Sentence)
	b = strconv.AppendInt(append(b, `,"offset":[`...), int64(p.Offset[0]), 10)
	b = strconv.AppendInt(append(b, ','), int64(p.Offset[1]), 10)
	return append(b, "]}"...)
}

func (p placeProperties) appendJSON(b []byte) []byte {
	b = appendJSONString(append(b, `{"source":`...), p.Source)
	b = p.placeFields.appendJSON(b)
	b = appendJSONString(append(b, `,"kind":`...), p.Kind)
	b = append(b, `,"mentions":`...)
	if p.Mentions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, m := range p.Mentions {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(append(b, `{"text":`...), m.Text)
			b = strconv.AppendInt(append(b, `,"start":`...), int64(m.Start), 10)
			b = strconv.AppendInt(append(b, `,"end":`...), int64(m.End), 10)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendJSON appends the place's fields, each after a comma.
func (p placeFields) appendJSON(b []byte) []byte {
	b = appendJSONString(append(b, `,"place":`...), p.Place)
	b = appendJSONString(append(b, `,"place_id":`...), p.PlaceID)
	b = appendJSONStringOrNull(append(b, `,"country_code":`...), p.CountryCode)
	return appendJSONStringOrNull(append(b, `,"admin1":`...), p.Admin1)
}

// appendJSONCoordinate appends a longitude or latitude rounded to 6
// decimals: at most 180 in magnitude and never below 1e-6 unless 0, it
// needs no exponent, as encoding/json would not use one either.
func appendJSONCoordinate(b []byte, v float64) []byte {
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}

func appendJSONIntOrNull(b []byte, n *int) []byte {
	if n == nil {
		return append(b, "null"...)
	}
	return strconv.AppendInt(b, int64(*n), 10)
}

func appendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

func appendJSONStringOrNull(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendJSONString(b, *s)
}

// appendJSONString appends s as a JSON string escaped as encoding/json
// escapes it by default: control characters, quotes and backslashes, the
// HTML-sensitive <, > and &, and the line and paragraph separators U+2028
// and U+2029, which JavaScript does not allow in strings; invalid UTF-8
// becomes U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	plain := 0 // start of the bytes not yet appended, which need no escape
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[plain:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			case '\b':
				b = append(b, `\b`...)
			case '\f':
				b = append(b, `\f`...)
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			plain = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[plain:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[plain:i]...), '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		plain = i
	}
	b = append(b, s[plain:]...)
	return append(b, '"')
}
