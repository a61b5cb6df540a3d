package acled

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

// chronomapEvents are events as the extraction and an analyst make them,
// with what ACLED's columns cannot say: windows of several days, a third
// actor, claims and denials, the injured, an undated event, a review.
func chronomapEvents() []event.Event {
	hilltown := &geo.Place{ID: "geonames:1", Name: "Hilltown", Kind: geo.City, Country: "AM", Admin1: "Vayots Dzor", Point: orb.Point{45.332145, 39.761234}}
	district := &geo.Place{ID: "geonames:2", Name: "Riverside District", Kind: geo.Region, Feature: "ADM2", Country: "AZ", Admin1: "Lowland", Point: orb.Point{46.9, 40.1}}
	bridge := &geo.Place{ID: "curated:old-bridge", Name: "Old Bridge, \"the Arch\"", Kind: geo.Feature, Point: orb.Point{-0.5, -10.25}}
	return []event.Event{
		{ID: "a.txt#1", Source: "a.txt", DocDate: eventtest.Day("2020-11-09"), Type: event.Attack, ACLED: event.ACLEDAirDroneStrike,
			Place: hilltown, Window: eventtest.Window("2020-11-07", "2020-11-07", dates.Day),
			Actors: []string{"Ruritania", "Borduria", "Syldavia"}, ClaimedBy: []string{"Borduria"}, DeniedBy: []string{"Syldavia; its army"},
			Fatalities: eventtest.Count(3), Injured: eventtest.Count(12), Sentence: "A drone struck Hilltown, killing 3 and wounding 12.",
			Edited: true, Review: event.Verified, Note: "checked, twice"},
		{ID: "a.txt#2", Source: "a.txt", DocDate: eventtest.Day("2020-11-09"), Type: event.Clash,
			Place: district, Window: eventtest.Window("2020-11-02", "2020-11-08", dates.Week),
			Actors: []string{"Ruritania"}, Fatalities: eventtest.Count(0), Sentence: "Fighting went on last week\nin the district.",
			Review: event.Rejected},
		{ID: "b.txt#1", Source: "b.txt", Type: event.Ceasefire, Place: bridge, Window: eventtest.Window("2020-10-01", "2020-10-31", dates.Month),
			Sentence: "A truce held at the bridge in October."},
		{ID: "b.txt#2", Source: "b.txt", Type: event.Diplomacy, Place: hilltown, Sentence: "Talks are to be held in Hilltown."},
	}
}

// TestRoundTripChronomap checks that Chronomap's events come back from
// ACLED CSV as they were: every event, its window, type and ACLED
// classification, place, actors, claims, counts, text and review; and
// that written again they make the same file.
func TestRoundTripChronomap(t *testing.T) {
	events := chronomapEvents()
	first := written(t, events...)
	back := readBack(t, "events.csv", first, events)
	// The district's place is the only one to say its second-level
	// division, which the place read back keeps as what its record said.
	if x := back[1].Extra; x == nil || len(x.Attributes) != 1 || x.Attributes[0] != (event.Attribute{Name: "admin2", Value: "Riverside District"}) {
		t.Errorf("the district's extra is %+v, want its admin2", x)
	}
	for _, i := range []int{0, 2, 3} {
		if back[i].Extra != nil {
			t.Errorf("event %d keeps %+v, which its columns say", i, *back[i].Extra)
		}
	}
	if second := written(t, back...); !bytes.Equal(second, first) {
		t.Errorf("written again, the file differs:\n%s\n%s", first, second)
	}
}

// TestRoundTripACLED checks that ACLED's rows come back from a file
// Chronomap wrote of them as they were read, the columns it has no field
// for included, and that those are written back into ACLED's columns
// (named as ACLED names them now) or their own.
func TestRoundTripACLED(t *testing.T) {
	for _, name := range []string{"export.csv", "hdx.csv", "old.csv"} {
		t.Run(name, func(t *testing.T) {
			events, err := ImportFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			file := written(t, events...)
			back := readBack(t, name, file, events)
			for i := range events {
				if got, want := kept(back[i]), kept(events[i]); !slices.Equal(got, want) {
					t.Errorf("event %d kept %s, want %s", i, got, want)
				}
			}
			if got, want := eventDates(t, file), eventDates(t, mustRead(t, filepath.Join("testdata", name))); !maps.Equal(got, want) {
				t.Errorf("event_date by event: written %v, read %v", got, want)
			}
		})
	}
	events, _ := ImportFile(filepath.Join("testdata", "old.csv"))
	header, _, _ := strings.Cut(string(written(t, events...)), "\r\n")
	if !strings.HasSuffix(header, ",note,GWNO,EVENT_ID_NO_CNTY") {
		t.Errorf("the header %q does not end with the old file's own columns", header)
	}
}

// readBack reads the events of file, which must be those of events.
func readBack(t *testing.T, name string, file []byte, events []event.Event) []event.Event {
	t.Helper()
	back, err := Import(name, bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(events) {
		t.Fatalf("%d events back, want %d", len(back), len(events))
	}
	for i := range events {
		if got, want := comparable(back[i]), comparable(events[i]); got != want {
			t.Errorf("event %d changed\n got %s\nwant %s", i, got, want)
		}
	}
	return back
}

// kept is what an event kept of its record, in any order, the names in
// lower case.
func kept(ev event.Event) []string {
	var out []string
	if ev.Extra != nil {
		for _, a := range ev.Extra.Attributes {
			out = append(out, strings.ToLower(a.Name)+"="+a.Value)
		}
	}
	slices.Sort(out)
	return out
}

// written is the CSV file of events.
func written(t *testing.T, events ...event.Event) []byte {
	t.Helper()
	return eventtest.Written(t, NewWriter, events...)
}

// comparable is what the CSV holds of an event, as text: everything but
// the offsets in its article, which it does not write, and the place's
// other names, feature code and population, which the gazetteer has.
func comparable(ev event.Event) string {
	p := ev.Place
	return fmt.Sprintf("%s %s %v %v %v %v [%s %q %v %s %q %v] %q %q %q %v %v %q %v %v %q",
		ev.ID, ev.Source, ev.DocDate, ev.Type, ev.ACLEDType(), ev.Window,
		p.ID, p.Name, p.Kind, p.Country, p.Admin1, p.Point,
		ev.Actors, ev.ClaimedBy, ev.DeniedBy, deref(ev.Fatalities), deref(ev.Injured), ev.Sentence,
		ev.Edited, ev.Review, ev.Note)
}

func deref(n *int) any {
	if n == nil {
		return nil
	}
	return *n
}

// eventDates is the day of each row of an ACLED file by its id, read in
// any of the ways ACLED writes one: a day known to the week or the month
// is written back as it was read, the middle of the window it stands for.
func eventDates(t *testing.T, file []byte) map[string]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(file, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	id, day := -1, -1
	for i, name := range rows[0] {
		switch strings.ToLower(name) {
		case "event_id_cnty":
			id = i
		case "event_date":
			day = i
		}
	}
	out := map[string]string{}
	for _, row := range rows[1:] {
		if strings.HasPrefix(row[id], "#") {
			continue // HDX's row of hashtags
		}
		for _, layout := range []string{time.DateOnly, "02 January 2006", time.RFC3339} {
			if d, err := time.Parse(layout, row[day]); err == nil {
				out[row[id]] = d.Format(time.DateOnly)
			}
		}
	}
	return out
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
