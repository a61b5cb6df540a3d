package geojson

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// FuzzImport feeds Import any bytes. It must not panic, and what it
// imports must keep the rules (points on Earth, days within the years 1 to
// 9999, counts from 0 to event.MaxCount, windows in order) and export and
// import back as the same events.
func FuzzImport(f *testing.F) {
	var ourLayer, merged bytes.Buffer
	EncodeEvents(&ourLayer, sampleEvents())
	EncodeEvents(&merged, roundTripEvents())
	for _, s := range []string{
		ourLayer.String(), merged.String(), "\ufeff" + merged.String(),
		ours(at(ganjaAt), ""), oursReport(ganjaAt, ""), oursReport("[46.36134]", ""),
		ours(at("[40.68157,46.36134]"), ""), ours(at("[46.36134,40.68157,120]"), ""),
		ours(at(ganjaAt), `"fatalities":1e19`), ours(at(ganjaAt), `"date_start":"0000-12-31"`),
		theirs(at("[46.36,40.68]"), `"event_id_cnty":"AZE1","event_type":"Battles","actor1":"A","actor2":"B","fatalities":"3","time_precision":2`),
		theirs(at("[46.36,1e308]"), ""), theirs(at("[]"), ""), theirs(at("[46]"), ""), theirs(at("[46,null]"), ""),
		theirs(at("[46.3613449,-40.6815751]"), `"start":"0001-01-01","end":"9999-12-31"`),
		theirs(at("[46.36,40.68]"), `"place_id":"geonames:586523","geo_precision":2,"country_code":"az"`),
		layerOf(at("[46.36,40.68]"), `{"date":"07 November 2020","id":12345678901234567890}`),
		`{"type":"FeatureCollection","features":[]}`, `{"type":"FeatureCollection","features":[null]}`, "", "\ufeff", "null",
		// What the fuzzer found: a collection without features, once read
		// as empty; keys in any case, which encoding/json matches, and a
		// byte that is not UTF-8; a number too big for a float64.
		`{"type":"FeatureCollection","ffatures":[null]}`,
		`{"tYpe":"FeatureCollection","feAtures":[{"geometrY":{"tYpe":"Point","CoordinAtes":[0,0]},"properties":{"source":"0",` +
			`"dAte_stArt":"0010-01-01","dAte_end":"0010-01-01","time_precision":1,"event_type":"attack","geo_precision":1,"offset":null,` +
			`"reports":[{"CoordinAtes":[0,0],"sourCe":"0","event_tYpe":"attack","id":"` + "\x92" + `","plACe_kind":"feature"}],"plACe_id":"curated:hakari-bridge"}}]}`,
		ours(at("[46.5386,39e4211]"), ""),
	} {
		f.Add([]byte(s))
	}
	for _, tt := range brokenValues {
		f.Add([]byte(tt.input))
	}
	for _, tt := range acceptedValues {
		f.Add([]byte(tt.input))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		events, err := Import("fuzz.geojson", bytes.NewReader(b))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.geojson: ") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for i := range events {
			if wrong := brokenRule(&events[i]); wrong != "" {
				t.Fatalf("event %d: %s: %+v", i, wrong, events[i])
			}
		}
		var out bytes.Buffer
		if err := EncodeEvents(&out, events); err != nil {
			t.Fatalf("imported events do not export: %v", err)
		}
		back, err := Import("fuzz.geojson", bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("exported events do not import: %v\n%s", err, out.Bytes())
		}
		if !reflect.DeepEqual(back, events) {
			t.Fatalf("events changed through export and import\n got %+v\nwant %+v\n%s", back, events, out.Bytes())
		}
	})
}

// brokenRule says which of Import's rules an imported event, or one of
// its reports, breaks; "" if none.
func brokenRule(ev *event.Event) string {
	inYears := func(y int) bool { return y >= dates.MinYear && y <= dates.MaxYear }
	inRange := func(n *int) bool { return n == nil || *n >= 0 && *n <= event.MaxCount }
	switch w := ev.Window; {
	case ev.Place == nil || !geo.ValidPoint(ev.Place.Point):
		return "not on Earth"
	case ev.DocDate != nil && !inYears(ev.DocDate.Year()):
		return "publication day out of the years"
	case w != nil && (!inYears(w.Start.Year()) || !inYears(w.End.Year()) || w.End.Before(w.Start)):
		return "window out of the years or order"
	case w != nil && (w.Precision < dates.Day || w.Precision > dates.Month):
		return "no precision"
	case !inRange(ev.Fatalities) || !inRange(ev.Injured):
		return "count out of range"
	case ev.Offset.Start < 0 || ev.Offset.Start > ev.Offset.End || ev.PlaceText.Start < 0 || ev.PlaceText.Start > ev.PlaceText.End:
		return "offset out of order"
	}
	for i := range ev.Reports {
		if wrong := brokenRule(&ev.Reports[i]); wrong != "" {
			return "report: " + wrong
		}
	}
	return ""
}
