package geojson

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
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
	if got := readBack(t, events); !reflect.DeepEqual(got, events) {
		t.Errorf("imported events differ from those exported\n got %+v\nwant %+v", got, events)
	}
}

// TestWindowRoundTrip exports events as the window holds them, reads the
// file back as the window does, and wants the same events.
func TestWindowRoundTrip(t *testing.T) {
	agdam := &geo.Place{ID: "geonames:148619", Name: "Agdam", Kind: geo.City, Country: "AZ", Admin1: "Agdam", Point: orb.Point{46.99, 39.99}}
	// The district about the town, its centre within SamePlaceKm of it.
	agdamDistrict := &geo.Place{ID: "geonames:148618", Name: "Agdam District", Kind: geo.Region, Country: "AZ", Point: orb.Point{47.01, 40.0}}
	jun4 := eventtest.Window("2021-06-04", "2021-06-04", dates.Day)
	jun3to4 := eventtest.Window("2021-06-03", "2021-06-04", dates.Week)
	jun5 := eventtest.Window("2021-06-05", "2021-06-05", dates.Day)
	month := eventtest.Window("2021-06-01", "2021-06-30", dates.Month)
	report := func(id, source string, typ event.Type, at *geo.Place, w *dates.Window) event.Event {
		return event.Event{ID: id, Source: source, DocDate: eventtest.Day("2021-06-06"), Type: typ, Place: at, Window: w,
			PlaceText: text.Span{Start: 20, End: 25}, Actors: []string{source + " army"}, Fatalities: eventtest.Count(len(id)),
			Sentence: source + " said shelling hit " + at.Name + ".", Offset: text.Span{Start: 0, End: 40}}
	}
	tests := []struct {
		name    string
		reports []event.Event
	}{
		{"two reports of one event and another event of one of their sources, at one point",
			// b#1 is the earliest, so the merged event is b's: read back, a#2
			// was taken for another source's report of it, and the merged
			// event for one report, losing a#1.
			[]event.Event{report("a#1", "a", event.Attack, agdam, jun4), report("a#2", "a", event.Attack, agdam, jun4),
				report("b#1", "b", event.Attack, agdam, jun3to4)}},
		{"two events each of two sources, at one point on one day",
			[]event.Event{report("a#1", "a", event.Attack, agdam, jun4), report("a#2", "a", event.Attack, agdam, jun4),
				report("b#1", "b", event.Attack, agdam, jun4), report("b#2", "b", event.Attack, agdam, jun4)}},
		{"a merged event at a more exact place than its first report's, beside another of its sources",
			[]event.Event{report("a#1", "a", event.Clash, agdam, jun4), report("a#2", "a", event.Clash, agdam, jun4),
				report("b#1", "b", event.Clash, agdamDistrict, jun3to4)}},
		{"another day is another event",
			[]event.Event{report("a#1", "a", event.Attack, agdam, jun4), report("b#1", "b", event.Attack, agdam, jun5)}},
		{"reports known within a month or undated stay apart",
			[]event.Event{report("a#1", "a", event.Attack, agdam, month), report("b#1", "b", event.Attack, agdam, month),
				report("c#1", "c", event.Attack, agdam, nil), report("d#1", "d", event.Attack, agdam, nil)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := asLoaded(tt.reports)
			if diff := diffEvents(exportedAndBack(t, want), want); diff != "" {
				t.Errorf("read back, the events differ:\n%s", diff)
			}
		})
	}
}

// asLoaded is events as the window holds them (see app/load.go): the
// reports of one event merged, by date.
func asLoaded(events []event.Event) []event.Event {
	events = event.MergeReports(events, event.SamePlaceKm)
	slices.SortStableFunc(events, event.ByWindowStart)
	return events
}

// exportedAndBack writes events to a file as Export All Events does, and
// reads it back as Import GeoJSON… does.
func exportedAndBack(t *testing.T, events []event.Event) []event.Event {
	t.Helper()
	return asLoaded(readBack(t, events))
}

// readBack writes events to a file and reads them back.
func readBack(t *testing.T, events []event.Event) []event.Event {
	t.Helper()
	path := filepath.Join(t.TempDir(), "events.geojson")
	if err := ExportFile(path, events); err != nil {
		t.Fatal(err)
	}
	back, err := ImportFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return back
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
