package acled

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo/iso3166"
)

// A column is one of the columns written: its name, and what an event
// says in it, "" for nothing; nil for a column of ACLED's that
// Chronomap's events have no value for, which holds what an imported
// event kept (event.Extra), if anything.
type column struct {
	name string
	cell func(ev *event.Event) string
}

// columns are ACLED's, in the order of its export tool and API since
// 2023, then Chronomap's own: what an event holds that ACLED's columns do
// not say, so that it reads back as it was (see the package attrs for the
// names it reads).
var columns = []column{
	{"event_id_cnty", func(ev *event.Event) string { return ev.ID }},
	{"event_date", func(ev *event.Event) string { return attrs.FormatDay(eventDate(ev)) }},
	{"year", func(ev *event.Event) string {
		if d := eventDate(ev); d != nil {
			return strconv.Itoa(d.Year())
		}
		return ""
	}},
	{"time_precision", func(ev *event.Event) string {
		if ev.Window == nil {
			return ""
		}
		return strconv.Itoa(int(ev.Window.Precision))
	}},
	{"disorder_type", nil},
	{"event_type", func(ev *event.Event) string { return ev.ACLEDType().EventType }},
	{"sub_event_type", func(ev *event.Event) string { return ev.ACLEDType().SubEventType }},
	{"actor1", func(ev *event.Event) string { return nth(ev.Actors, 0) }},
	{"assoc_actor_1", nil},
	{"inter1", nil},
	{"actor2", func(ev *event.Event) string { return nth(ev.Actors, 1) }},
	{"assoc_actor_2", nil},
	{"inter2", nil},
	{"interaction", nil},
	{"civilian_targeting", nil},
	{"iso", func(ev *event.Event) string {
		if c, ok := iso3166.ByAlpha2(ev.Place.Country); ok {
			return strconv.Itoa(c.Numeric)
		}
		return ""
	}},
	{"region", nil},
	{"country", func(ev *event.Event) string {
		c, _ := iso3166.ByAlpha2(ev.Place.Country)
		return c.Name
	}},
	{"admin1", func(ev *event.Event) string { return ev.Place.Admin1 }},
	// A place's second-level division is known only when the place is
	// one: the gazetteer's towns do not say theirs.
	{"admin2", func(ev *event.Event) string {
		if ev.Place.Feature == "ADM2" {
			return ev.Place.Name
		}
		return ""
	}},
	{"admin3", nil},
	{"location", func(ev *event.Event) string { return ev.Place.Name }},
	{"latitude", func(ev *event.Event) string { return attrs.FormatCoordinate(ev.Place.Point[1]) }},
	{"longitude", func(ev *event.Event) string { return attrs.FormatCoordinate(ev.Place.Point[0]) }},
	{"geo_precision", func(ev *event.Event) string { return strconv.Itoa(event.GeoPrecision(ev.Place.Kind)) }},
	{"source", func(ev *event.Event) string { return ev.Source }},
	{"source_scale", nil},
	{"notes", notes},
	{"fatalities", func(ev *event.Event) string { return attrs.FormatCount(ev.Fatalities) }},
	{"tags", nil},
	{"timestamp", nil},

	{"chronomap_event_type", func(ev *event.Event) string { return ev.Type.String() }},
	{"date_start", func(ev *event.Event) string {
		if ev.Window == nil {
			return ""
		}
		return attrs.FormatDay(&ev.Window.Start)
	}},
	{"date_end", func(ev *event.Event) string {
		if ev.Window == nil {
			return ""
		}
		return attrs.FormatDay(&ev.Window.End)
	}},
	{"doc_date", func(ev *event.Event) string { return attrs.FormatDay(ev.DocDate) }},
	{"place_id", func(ev *event.Event) string { return ev.Place.ID }},
	{"place_kind", func(ev *event.Event) string { return ev.Place.Kind.String() }},
	{"injured", func(ev *event.Event) string { return attrs.FormatCount(ev.Injured) }},
	{"actors", func(ev *event.Event) string { return list(ev.Actors) }},
	{"claimed_by", func(ev *event.Event) string { return list(ev.ClaimedBy) }},
	{"denied_by", func(ev *event.Event) string { return list(ev.DeniedBy) }},
	{"sentence", func(ev *event.Event) string { return ev.Sentence }},
	{"edited", func(ev *event.Event) string { return strconv.FormatBool(ev.Edited) }},
	{"verified", func(ev *event.Event) string {
		if v := ev.Review.Verified(); v != nil {
			return strconv.FormatBool(*v)
		}
		return ""
	}},
	{"note", func(ev *event.Event) string { return ev.Note }},
}

// columnAt is the index in columns of each column's name, in lower case:
// old files name ACLED's columns in upper case.
var columnAt = func() map[string]int {
	m := make(map[string]int, len(columns))
	for i, c := range columns {
		m[c.name] = i
	}
	return m
}()

// columnOf is the index of the column named name in any case; false for
// none.
func columnOf(name string) (int, bool) {
	i, ok := columnAt[strings.ToLower(name)]
	return i, ok
}

// cells sets row[i] to what the event says in columns[i], which must have
// a place.
func cells(ev *event.Event, row []string) {
	for i, c := range columns {
		row[i] = ""
		if c.cell != nil {
			row[i] = c.cell(ev)
		}
	}
}

// eventDate is the day ACLED's event_date gives the event: its window's
// middle day, as ACLED codes an event known only within a week or a month
// (the earlier of two middle days); nil when it is undated. Chronomap's
// date_start and date_end give the window itself.
func eventDate(ev *event.Event) *time.Time {
	w := ev.Window
	if w == nil {
		return nil
	}
	days := int(w.End.Sub(w.Start).Hours() / 24)
	d := w.Start.AddDate(0, 0, days/2)
	return &d
}

// notes is ACLED's description of the event: the sentence that reports
// it, and the article it is from, "(Source: a.txt)".
func notes(ev *event.Event) string {
	if ev.Sentence == "" || ev.Source == "" {
		return ev.Sentence
	}
	return ev.Sentence + " (Source: " + ev.Source + ")"
}

func nth(names []string, i int) string {
	if i < len(names) {
		return names[i]
	}
	return ""
}

// list is a list of names as a JSON array, as the GeoPackage's columns
// hold them: exact whatever the names hold. Empty for none.
func list(names []string) string {
	if len(names) == 0 {
		return ""
	}
	var b strings.Builder
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.Encode(names) // a list of strings always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
