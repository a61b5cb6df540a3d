package geojson

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

var (
	shushi = &geo.Place{ID: "geonames:174979", Name: "Shushi", Kind: geo.City, Country: "AZ",
		Admin1: "Shusha", Point: orb.Point{46.7508330001, 39.7586111}}
	karabakh = &geo.Place{ID: "curated:nagorno-karabakh", Name: "Nagorno-Karabakh", Kind: geo.Region,
		Country: "AZ", Point: orb.Point{46.75, 39.8333}}
	armenia = &geo.Place{ID: "geonames:174982", Name: "Armenia", Kind: geo.Country, Country: "AM",
		Point: orb.Point{45, 40}}
	hakari = &geo.Place{ID: "curated:hakari-bridge", Name: "Hakari bridge", Kind: geo.Feature,
		Point: orb.Point{46.5386, 39.4211}}
)

// sampleEvents covers what the events layer must write: dated and undated
// events, one-day and longer windows, counts stated or not, places of every
// kind, and an event without a place, which is not written.
func sampleEvents() []event.Event {
	return []event.Event{
		{ID: "a.txt#1", Source: "a.txt", DocDate: eventtest.Day("2020-11-07"), Type: event.Attack, Place: shushi,
			Window: eventtest.Window("2020-11-07", "2020-11-07", dates.Day), Actors: []string{"Azerbaijan"},
			ClaimedBy: []string{"Armenia"}, DeniedBy: []string{"Azerbaijan"}, Fatalities: eventtest.Count(0), Injured: eventtest.Count(3),
			Sentence: "Armenia said that attacks on “Shushi” had been thwarted.", Offset: text.Span{Start: 10, End: 66}},
		{ID: "a.txt#2", Source: "a.txt", DocDate: eventtest.Day("2020-11-07"), Type: event.Clash, Place: karabakh,
			Window: eventtest.Window("2020-09-27", "2020-10-03", dates.Week), Sentence: "Clashes broke out.", Offset: text.Span{Start: 70, End: 88}},
		{ID: "a.txt#3", Source: "a.txt", Type: event.Diplomacy, Place: armenia, Sentence: "Talks went on.", Offset: text.Span{Start: 90, End: 104}},
		{ID: "a.txt#4", Source: "a.txt", Type: event.Other, Sentence: "Nowhere.", Offset: text.Span{Start: 105, End: 113}},
		{ID: "b.txt#1", Source: "b.txt", Type: event.Capture, Place: hakari, Window: eventtest.Window("2023-04-23", "2023-04-23", dates.Day),
			Fatalities: eventtest.Count(2), Sentence: "A checkpoint was set up at the Hakari bridge.", Offset: text.Span{Start: 0, End: 45},
			Edited: true, Review: event.Rejected, Note: "Same strike as a.txt's."},
	}
}

func samplePlaces() []event.PlaceMentions {
	return []event.PlaceMentions{
		{Source: "a.txt", Place: shushi, Mentions: []geo.Mention{{Text: "Shushi", Start: 40, End: 46, Confidence: 0.9},
			{Text: "Şuşa", Start: 48, End: 52, Confidence: 0.94449, InName: true}}},
		{Source: "a.txt", Place: armenia, Mentions: []geo.Mention{{Text: "Armenia", Start: 10, End: 17}}},
		{Source: "a.txt", Mentions: []geo.Mention{{Text: "Nowhere", Start: 105, End: 112}}},
		{Source: "b.txt", Place: hakari, Mentions: []geo.Mention{{Text: "Hakari bridge", Start: 31, End: 44}}},
	}
}

// features decodes a FeatureCollection's features as plain JSON.
func features(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var fc struct {
		Type     string
		Features []map[string]any
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b)
	}
	if fc.Type != "FeatureCollection" {
		t.Fatalf("type %q", fc.Type)
	}
	return fc.Features
}

func TestEncodeEvents(t *testing.T) {
	var buf bytes.Buffer
	if err := EncodeEvents(&buf, sampleEvents()); err != nil {
		t.Fatal(err)
	}
	fs := features(t, buf.Bytes())
	if len(fs) != 4 {
		t.Fatalf("%d features, want 4: the event without a place is left out", len(fs))
	}
	tests := []struct {
		feature int
		want    map[string]any
	}{
		{0, map[string]any{"id": "a.txt#1", "source": "a.txt", "doc_date": "2020-11-07", "event_date": "2020-11-07",
			"date_start": "2020-11-07", "date_end": "2020-11-07", "time_precision": 1.0, "event_type": "attack",
			"place": "Shushi", "place_id": "geonames:174979", "country_code": "AZ", "admin1": "Shusha",
			"geo_precision": 1.0, "actors": []any{"Azerbaijan"}, "claimed_by": []any{"Armenia"},
			"denied_by": []any{"Azerbaijan"}, "fatalities": 0.0, "injured": 3.0,
			"sentence": "Armenia said that attacks on “Shushi” had been thwarted.", "offset": []any{10.0, 66.0}}},
		{1, map[string]any{"event_date": nil, "date_start": "2020-09-27", "date_end": "2020-10-03",
			"time_precision": 2.0, "geo_precision": 2.0, "admin1": nil, "actors": []any{}, "fatalities": nil, "injured": nil}},
		{2, map[string]any{"doc_date": nil, "event_date": nil, "date_start": nil, "date_end": nil,
			"time_precision": nil, "geo_precision": 3.0}},
		{3, map[string]any{"source": "b.txt", "country_code": nil, "geo_precision": 1.0, "fatalities": 2.0,
			"edited": true, "verified": false, "note": "Same strike as a.txt's."}},
	}
	for _, tt := range tests {
		props := fs[tt.feature]["properties"].(map[string]any)
		if len(props) != 29 {
			t.Errorf("feature %d has %d properties, want all 29 in every feature", tt.feature, len(props))
		}
		for k, want := range tt.want {
			if got, ok := props[k]; !ok || !reflect.DeepEqual(got, want) {
				t.Errorf("feature %d: %s = %#v, want %#v", tt.feature, k, got, want)
			}
		}
	}
	geom := fs[0]["geometry"].(map[string]any)
	if got, want := geom["coordinates"], []any{46.750833, 39.758611}; !reflect.DeepEqual(got, want) {
		t.Errorf("coordinates %v, want %v: [lon, lat] rounded to 6 decimals", got, want)
	}
}

func TestEncodePlaces(t *testing.T) {
	var buf bytes.Buffer
	if err := encodePlaces(&buf, samplePlaces()); err != nil {
		t.Fatal(err)
	}
	fs := features(t, buf.Bytes())
	if len(fs) != 3 {
		t.Fatalf("%d features, want 3: the unresolved place is left out", len(fs))
	}
	want := map[string]any{"source": "a.txt", "place": "Shushi", "place_id": "geonames:174979",
		"country_code": "AZ", "admin1": "Shusha", "kind": "city", "confidence": 0.944, "mentions": []any{
			map[string]any{"text": "Shushi", "start": 40.0, "end": 46.0, "confidence": 0.9},
			map[string]any{"text": "Şuşa", "start": 48.0, "end": 52.0, "confidence": 0.944, "in_name": true}}}
	if got := fs[0]["properties"]; !reflect.DeepEqual(got, want) {
		t.Errorf("properties\n got %v\nwant %v", got, want)
	}
	if kind := fs[1]["properties"].(map[string]any)["kind"]; kind != "country" {
		t.Errorf("kind %v, want country", kind)
	}
}

func TestEncodeNothing(t *testing.T) {
	var buf bytes.Buffer
	if err := EncodeEvents(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "{\"type\":\"FeatureCollection\",\"features\":[]}\n" {
		t.Errorf("empty layer %q", got)
	}
}

// TestRoundTrip decodes what was encoded and encodes it again: the window's
// Import and a later export must not change a byte.
func TestRoundTrip(t *testing.T) {
	var first, second bytes.Buffer
	EncodeEvents(&first, sampleEvents())
	events, err := Import("first.geojson", bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	EncodeEvents(&second, events)
	if first.String() != second.String() {
		t.Errorf("events changed in a round trip:\n%s\n%s", first.String(), second.String())
	}

}

func TestDecodeEventsErrors(t *testing.T) {
	feature := func(props string) string {
		return `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{` + props + `}}]}`
	}
	tests := []struct{ name, in, want string }{
		{"not JSON", "hello", "not a GeoJSON FeatureCollection"},
		{"not a collection", `{"type":"Feature"}`, "not a GeoJSON FeatureCollection"},
		{"not a point", `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]},"properties":{}}]}`, "feature 1: geometry is a LineString, not a Point"},
		{"no source", feature(`"geo_precision":1`), "feature 1: no source"},
		{"bad geo_precision", feature(`"source":"a","geo_precision":7`), "geo_precision 7"},
		{"bad date", feature(`"source":"a","geo_precision":1,"date_start":"2020-13-01","date_end":"2020-13-01","time_precision":1`), `date_start "2020-13-01" is not a YYYY-MM-DD date`},
		{"half a window", feature(`"source":"a","geo_precision":1,"date_start":"2020-01-01"`), "must be all set or all null"},
		{"window backwards", feature(`"source":"a","geo_precision":1,"date_start":"2020-01-02","date_end":"2020-01-01","time_precision":1`), "before date_start"},
		{"wrong type", feature(`"source":"a","geo_precision":"1"`), "feature 1: geo_precision is a string, not a whole number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeEvents(tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
	}
}

// TestOGRReadsBothLayers runs GDAL's ogrinfo, where installed, on both
// layers of the sample events and of the seed articles, and on an event
// merged from two reports, as the window exports it: a GIS user must be
// able to open them without warnings.
func TestOGRReadsBothLayers(t *testing.T) {
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("ogrinfo (GDAL) is not installed")
	}
	events, places := sampleEvents(), samplePlaces()
	if gaz, err := geo.Default(); err == nil && gaz.Len() > 0 {
		x := extract.NewExtractor(gaz)
		seeds, _ := filepath.Glob("../../seeds/*.txt")
		for _, path := range seeds {
			a, _ := readArticle(path)
			evs, pms := x.Extract(a)
			events, places = append(events, evs...), append(places, pms...)
		}
	}
	// The window exports events that several articles report with their
	// reports: two of the sample events, told by two articles, make one.
	first, second := events[0], events[0]
	second.Source, second.ID = "other.txt", "other.txt#1"
	merged := event.MergeReports([]event.Event{first, second}, event.SamePlaceKm)
	if len(merged) != 1 || len(merged[0].Reports) != 2 {
		t.Fatalf("two reports of one event merged into %d events", len(merged))
	}
	dir := t.TempDir()
	layers := map[string]func(*bytes.Buffer) error{
		"events.geojson": func(b *bytes.Buffer) error { return EncodeEvents(b, append(events, merged...)) },
		"places.geojson": func(b *bytes.Buffer) error { return encodePlaces(b, places) },
	}
	for name, encode := range layers {
		var buf bytes.Buffer
		if err := encode(&buf); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("ogrinfo", "-ro", "-al", "-so", path).CombinedOutput()
		if err != nil || bytes.Contains(out, []byte("Warning")) || bytes.Contains(out, []byte("ERROR")) {
			t.Errorf("ogrinfo %s: %v\n%s", name, err, out)
		}
	}
}

func BenchmarkEncodeEvents(b *testing.B) {
	events := sampleEvents()
	b.ReportAllocs()
	for b.Loop() {
		EncodeEvents(io.Discard, events)
	}
}

// readArticle reads the article in the file at path.
func readArticle(path string) (article.Article, error) {
	return article.Input{Path: path, Name: filepath.Base(path)}.Read(context.Background(), nil)
}

// encodePlaces writes the places layer of places to w, as
// `chronomap extract --layer places` does.
func encodePlaces(w io.Writer, places []event.PlaceMentions) error {
	fw := NewFeatureWriter(w)
	fw.WritePlaces(places...)
	return fw.Close()
}

// decodeEvents reads in as Chronomap's events layer, whatever it holds.
func decodeEvents(in string) ([]event.Event, error) {
	var l ourLayer
	err := readFeatures(strings.NewReader(in), &l)
	return l.events, err
}

// ourLayer takes every feature as one of Chronomap's events layer.
type ourLayer struct{ events []event.Event }

func (l *ourLayer) restart() { l.events = nil }

func (l *ourLayer) take(i int, f rawFeature) error {
	ev, err := eventOf(f)
	if err != nil {
		return f.errorAt(i, err)
	}
	l.events = append(l.events, ev)
	return nil
}
