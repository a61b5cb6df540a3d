package kml

import (
	"bufio"
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/event"
)

// A field is a value of an event that a Placemark holds in its
// ExtendedData, named and typed in the document's Schema, which GIS tools
// read as the layer's fields; the names are those of Chronomap's GeoJSON.
type field struct {
	name, typ string
	value     func(ev *event.Event) string // "" for none, left out
}

var fields = []field{
	{"id", "string", func(ev *event.Event) string { return ev.ID }},
	{"source", "string", func(ev *event.Event) string { return ev.Source }},
	{"doc_date", "string", func(ev *event.Event) string { return attrs.FormatDay(ev.DocDate) }},
	{"date_start", "string", func(ev *event.Event) string {
		if ev.Window == nil {
			return ""
		}
		return attrs.FormatDay(&ev.Window.Start)
	}},
	{"date_end", "string", func(ev *event.Event) string {
		if ev.Window == nil {
			return ""
		}
		return attrs.FormatDay(&ev.Window.End)
	}},
	{"time_precision", "int", func(ev *event.Event) string {
		if ev.Window == nil {
			return ""
		}
		return strconv.Itoa(int(ev.Window.Precision))
	}},
	{"event_type", "string", func(ev *event.Event) string { return ev.Type.String() }},
	{"acled_event_type", "string", func(ev *event.Event) string { return ev.ACLEDType().EventType }},
	{"acled_sub_event_type", "string", func(ev *event.Event) string { return ev.ACLEDType().SubEventType }},
	{"place", "string", func(ev *event.Event) string { return ev.Place.Name }},
	{"place_id", "string", func(ev *event.Event) string { return ev.Place.ID }},
	{"country_code", "string", func(ev *event.Event) string { return ev.Place.Country }},
	{"admin1", "string", func(ev *event.Event) string { return ev.Place.Admin1 }},
	{"geo_precision", "int", func(ev *event.Event) string { return strconv.Itoa(event.GeoPrecision(ev.Place.Kind)) }},
	{"actors", "string", func(ev *event.Event) string { return strings.Join(ev.Actors, "; ") }},
	{"claimed_by", "string", func(ev *event.Event) string { return strings.Join(ev.ClaimedBy, "; ") }},
	{"denied_by", "string", func(ev *event.Event) string { return strings.Join(ev.DeniedBy, "; ") }},
	{"fatalities", "int", func(ev *event.Event) string { return attrs.FormatCount(ev.Fatalities) }},
	{"injured", "int", func(ev *event.Event) string { return attrs.FormatCount(ev.Injured) }},
	{"sentence", "string", func(ev *event.Event) string { return ev.Sentence }},
}

// writeSchema writes the Schema of the fields, "events".
func writeSchema(b *bufio.Writer) {
	b.WriteString(`<Schema name="events" id="events">` + "\n")
	for _, f := range fields {
		b.WriteString(`<SimpleField type="` + f.typ + `" name="` + f.name + `"/>` + "\n")
	}
	b.WriteString("</Schema>\n")
}
