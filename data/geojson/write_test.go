package geojson

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/data/extract"
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
	imported := sampleEvents()[0]
	imported.Extra = &event.Extra{Attributes: []event.Attribute{{Name: "inter1", Value: "1"}, {Name: "Notes <b>", Value: "a \"quoted\" note"}}}
	merged.Reports = append(merged.Reports, imported)
	for _, ev := range append(sampleEvents(), odd, merged, imported) {
		if ev.Place != nil {
			got, err := appendEventFeature(nil, &ev)
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

func eventFeature(ev event.Event) pointFeature[featureProperties] {
	review := reviewProperties{Edited: ev.Edited, Verified: ev.Review.Verified()}
	if ev.Note != "" {
		review.Note = &ev.Note
	}
	return newPointFeature(ev.Place.Point, featureProperties{eventPropertiesOf(ev), review})
}

func eventPropertiesOf(ev event.Event) eventProperties {
	p := eventProperties{
		ID:                ev.ID,
		Source:            ev.Source,
		DocDate:           isoDay(ev.DocDate),
		EventType:         ev.Type.String(),
		ACLEDEventType:    ev.ACLEDType().EventType,
		ACLEDSubEventType: ev.ACLEDType().SubEventType,
		placeFields:       placeFieldsOf(ev.Place),
		GeoPrecision:      event.GeoPrecision(ev.Place.Kind),
		Actors:            nonNil(ev.Actors),
		ClaimedBy:         nonNil(ev.ClaimedBy),
		DeniedBy:          nonNil(ev.DeniedBy),
		Fatalities:        ev.Fatalities,
		Injured:           ev.Injured,
		Sentence:          ev.Sentence,
		Offset:            [2]int{ev.Offset.Start, ev.Offset.End},
		PlaceKind:         ev.Place.Kind.String(),
		PlaceOffset:       [2]int{ev.PlaceText.Start, ev.PlaceText.End},
		Reports:           []reportProperties{},
	}
	if d := ev.DateText; d != nil {
		p.DateOffset = &[2]int{d.Start, d.End}
	}
	if ev.Extra != nil {
		p.Extra = ev.Extra.Attributes
	}
	for _, r := range ev.Reports {
		if r.Place != nil {
			at, _ := json.Marshal([2]float64{attrs.RoundCoordinate(r.Place.Point[0]), attrs.RoundCoordinate(r.Place.Point[1])})
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
	round := func(c float64) float64 { return math.Round(c*1000) / 1000 }
	for i, m := range mentions {
		p.Mentions[i] = mentionJSON{Text: m.Text, Start: m.Start, End: m.End, Confidence: round(m.Confidence), InName: m.InName}
		p.Confidence = max(p.Confidence, round(m.Confidence))
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
		Geometry:   pointJSON{Type: "Point", Coordinates: [2]float64{attrs.RoundCoordinate(at[0]), attrs.RoundCoordinate(at[1])}},
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

// The writer refuses what Import would, naming the event: what Chronomap
// writes, it must read back.
func TestWriterRefusesWhatImportWould(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		rule  string
		spoil func(*event.Event)
		want  string
	}{
		{"a window must not start before year 1", func(e *event.Event) { e.Window.Start = day(0, 12, 31) },
			`event "a.txt#1": date_start "0000-12-31" is outside the years 1 to 9999`},
		{"a window must not end after year 9999", func(e *event.Event) { e.Window.End = day(10000, 1, 1) },
			`event "a.txt#1": date_end "10000-01-01" is outside the years 1 to 9999`},
		{"a publication day must not be before year 1", func(e *event.Event) { e.DocDate = &time.Time{}; *e.DocDate = day(-1, 12, 31) },
			`event "a.txt#1": doc_date "-0001-12-31" is outside the years 1 to 9999`},
		{"a count must not be negative", func(e *event.Event) { e.Fatalities = eventtest.Count(-1) },
			`event "a.txt#1": fatalities -1 is not a whole number from 0 to 10000000`},
		{"a count must be at most ten million", func(e *event.Event) { e.Injured = eventtest.Count(event.MaxCount + 1) },
			`event "a.txt#1": injured 10000001 is not a whole number from 0 to 10000000`},
		{"a point must be on Earth", func(e *event.Event) { e.Place = &geo.Place{Point: orb.Point{46.36, 91}} },
			`event "a.txt#1": latitude 91 is outside -90 to 90: the coordinates look swapped, [latitude, longitude] instead of GeoJSON's [longitude, latitude]`},
		{"a point must be finite", func(e *event.Event) { e.Place = &geo.Place{Point: orb.Point{math.Inf(-1), 40}} },
			`event "a.txt#1": longitude -Inf is not a finite number`},
		{"an event must have a source", func(e *event.Event) { e.Source = "" },
			`event "a.txt#1": no source`},
		{"a window must not end before it starts", func(e *event.Event) { e.Window.End = e.Window.Start.AddDate(0, 0, -1) },
			`event "a.txt#1": date_end 2020-11-06 is before date_start 2020-11-07`},
		{"a window's precision must be 1, 2 or 3", func(e *event.Event) { e.Window.Precision = 4 },
			`event "a.txt#1": time_precision 4 is not 1, 2 or 3`},
		{"an offset must not be negative", func(e *event.Event) { e.Offset = text.Span{Start: -1, End: 4} },
			`event "a.txt#1": offset [-1,4] is negative: offsets count runes from 0`},
		{"an offset must not end before it starts", func(e *event.Event) { e.PlaceText = text.Span{Start: 9, End: 2} },
			`event "a.txt#1": place_offset [9,2] ends before it starts`},
		{"a report's window must not start before year 1", func(e *event.Event) {
			r := *e
			r.Window = &dates.Window{Start: day(0, 12, 31), End: day(1, 1, 1), Precision: dates.Day}
			e.Reports = []event.Event{*e, r}
		}, `event "a.txt#1": report 2: date_start "0000-12-31" is outside the years 1 to 9999`},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			ev := sampleEvents()[0]
			w := *ev.Window
			ev.Window = &w
			tt.spoil(&ev)
			err := EncodeEvents(io.Discard, []event.Event{ev})
			if want := "encoding a GeoJSON feature: " + tt.want; err == nil || err.Error() != want {
				t.Errorf("error\n got %v\nwant %s", err, want)
			}
		})
	}
}

// Articles published at either end of the years 1 to 9999 give events
// whose windows stay within them ("last week" of 3 January of year 1 is
// no date at all), which export and import back whole.
func TestExtractedWindowsStayWithinTheYears(t *testing.T) {
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.NewExtractor(gaz)
	var events []event.Event
	for _, text := range []string{
		" date 0001-01-03 Last week a missile hit Ganja. This week shelling hit Stepanakert. Yesterday a drone struck Shushi.",
		" date 9999-12-29 Next week talks will open in Moscow. Shelling hit Stepanakert this week. Next year a drone struck Shushi.",
	} {
		a, err := article.ReadArticle("a.txt", strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		evs, _ := x.Extract(a)
		if len(evs) < 3 {
			t.Fatalf("%q gave %d events, want 3", text, len(evs))
		}
		events = append(events, evs...)
	}
	var buf bytes.Buffer
	if err := EncodeEvents(&buf, events); err != nil {
		t.Fatal(err)
	}
	back, err := Import("events.geojson", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(events) {
		t.Errorf("%d events back of %d", len(back), len(events))
	}
}

func TestAppendJSONDay(t *testing.T) {
	for _, y := range []int{-1, 0, 1, 9, 10, 99, 100, 999, 1000, 2024, 9999, 10000} {
		for _, md := range [][2]int{{1, 1}, {9, 30}, {10, 9}, {12, 31}} {
			day := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			want := `"` + day.Format(time.DateOnly) + `"`
			if got := appendJSONDay(nil, &day); string(got) != want {
				t.Errorf("got %s, want %s", got, want)
			}
		}
	}
	if got := appendJSONDay(nil, nil); string(got) != "null" {
		t.Errorf("nil: got %s, want null", got)
	}
}
