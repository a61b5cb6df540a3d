package geojson

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// roundTripEvents are events whose every field the events layer holds:
// places of each kind at points of 6 decimals, spans, counts, claims,
// windows, ACLED sub-event types other than their types' own, and an
// event merged from two reports.
func roundTripEvents() []event.Event {
	bridge := &geo.Place{ID: "curated:hakari-bridge", Name: "Hakari bridge", Kind: geo.Feature, Point: orb.Point{46.5386, 39.4211}}
	shusha := &geo.Place{ID: "geonames:174979", Name: "Shushi", Kind: geo.City, Country: "AZ", Admin1: "Shusha", Point: orb.Point{46.750833, 39.758611}}
	nearShusha := &geo.Place{ID: "curated:shusha-heights", Name: "Shusha heights", Kind: geo.Feature, Country: "AZ", Point: orb.Point{46.752, 39.76}}
	region := &geo.Place{ID: "curated:nagorno-karabakh", Name: "Nagorno-Karabakh", Kind: geo.Region, Country: "AZ", Point: orb.Point{46.75, 39.8333}}
	events := []event.Event{
		{ID: "a.txt#1", Source: "a.txt", DocDate: eventtest.Day("2020-11-07"), Type: event.Attack, ACLED: event.ACLEDAirDroneStrike, Place: shusha, PlaceText: text.Span{Start: 29, End: 35},
			Window: eventtest.Window("2020-11-07", "2020-11-07", dates.Day), DateText: &text.Span{Start: 40, End: 48}, Actors: []string{"Azerbaijan"},
			ClaimedBy: []string{"Armenia"}, DeniedBy: []string{"Azerbaijan"}, Fatalities: eventtest.Count(0), Injured: eventtest.Count(3),
			Sentence: "Armenia said that attacks on Shushi on Saturday had been thwarted.", Offset: text.Span{Start: 0, End: 66}},
		{ID: "b.txt#1", Source: "b.txt", DocDate: eventtest.Day("2020-11-08"), Type: event.Attack, ACLED: event.ACLEDRemoteExplosive, Place: nearShusha, PlaceText: text.Span{Start: 3, End: 17},
			Window: eventtest.Window("2020-11-06", "2020-11-08", dates.Week), Fatalities: eventtest.Count(4),
			Sentence: "At Shusha heights four died.", Offset: text.Span{Start: 100, End: 128}},
		{ID: "a.txt#2", Source: "a.txt", Type: event.Clash, Place: region, PlaceText: text.Span{Start: 5, End: 21},
			Window: eventtest.Window("2020-09-27", "2020-10-03", dates.Week), Sentence: "Clashes in Nagorno-Karabakh.", Offset: text.Span{Start: 70, End: 98}},
		{ID: "c.txt#1", Source: "c.txt", Type: event.Other, ACLED: event.ACLEDArrests, Place: bridge, PlaceText: text.Span{Start: 31, End: 44},
			Sentence: "Two men were arrested at the Hakari bridge.", Offset: text.Span{Start: 0, End: 43}},
	}
	return event.MergeReports(events, event.SamePlaceKm)
}

func TestExportImportRoundTrip(t *testing.T) {
	events := roundTripEvents()
	if len(events[0].Reports) != 2 {
		t.Fatalf("the sample should hold a merged event, got %d reports", len(events[0].Reports))
	}
	// The merged event is told in its earliest report's words, b.txt's,
	// and keeps that report's ACLED sub-event type; each report its own.
	if m := events[0]; m.ID != "b.txt#1" || m.ACLED != event.ACLEDRemoteExplosive || m.Reports[0].ACLED != event.ACLEDAirDroneStrike {
		t.Fatalf("merged event %s has ACLED %d, its reports %d and %d", m.ID, m.ACLED, m.Reports[0].ACLED, m.Reports[1].ACLED)
	}
	path := filepath.Join(t.TempDir(), "events.geojson")
	if err := ExportFile(path, events); err != nil {
		t.Fatal(err)
	}
	got, err := ImportFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, events) {
		t.Errorf("imported events differ from those exported\n got %+v\nwant %+v", got, events)
	}
}

func TestFailedExportLeavesTheFileIntact(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "events.geojson")
	before := []byte(`{"type":"FeatureCollection","features":[]}`)
	if err := os.WriteFile(path, before, 0o644); err != nil {
		t.Fatal(err)
	}
	// A value JSON cannot encode makes the export fail halfway, after the
	// first events are written.
	events := roundTripEvents()
	bad := events[len(events)-1]
	bad.Place = &geo.Place{Name: "Nowhere", Point: orb.Point{badFloat(), 0}}
	events = append(events, bad)

	err := ExportFile(path, events)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("error = %v, want one naming %s", err, path)
	}
	after, _ := os.ReadFile(path)
	if string(after) != string(before) {
		t.Errorf("the file changed after a failed export: %q", after)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// badFloat is NaN, which JSON has no way to write.
func badFloat() float64 {
	zero := 0.0
	return zero / zero
}
