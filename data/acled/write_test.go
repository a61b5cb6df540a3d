package acled

import (
	"bytes"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

// acledHeader is ACLED's layout, as its export tool and API write it.
const acledHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1," +
	"actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude," +
	"geo_precision,source,source_scale,notes,fatalities,tags,timestamp"

// TestWriterRows checks the file's bytes: a byte-order mark, ACLED's
// header then Chronomap's columns, a row an event that has a place, cells
// quoted as RFC 4180 asks, CRLF line ends.
func TestWriterRows(t *testing.T) {
	events := chronomapEvents()
	events = append(events, event.Event{ID: "c.txt#1", Source: "c.txt", Type: event.Other}) // no place: no row
	got := string(written(t, events...))
	header := "\ufeff" + acledHeader + ",chronomap_event_type,date_start,date_end,doc_date,place_id,place_kind,injured," +
		"actors,claimed_by,denied_by,sentence,edited,verified,note\r\n"
	rows := []string{
		`a.txt#1,2020-11-07,2020,1,,Explosions/Remote violence,Air/drone strike,Ruritania,,,Borduria,,,,,51,,Armenia,Vayots Dzor,,,Hilltown,39.761234,45.332145,1,a.txt,,` +
			`"A drone struck Hilltown, killing 3 and wounding 12. (Source: a.txt)",3,,,attack,2020-11-07,2020-11-07,2020-11-09,geonames:1,city,12,` +
			`"[""Ruritania"",""Borduria"",""Syldavia""]","[""Borduria""]","[""Syldavia; its army""]","A drone struck Hilltown, killing 3 and wounding 12.",true,true,"checked, twice"`,
		// A window of a week: ACLED's event_date is its middle day.
		"a.txt#2,2020-11-05,2020,2,,Battles,Armed clash,Ruritania,,,,,,,,31,,Azerbaijan,Lowland,Riverside District,,Riverside District,40.1,46.9,2,a.txt,,\"Fighting went on last week\r\nin the district. (Source: a.txt)\",0,,," +
			"clash,2020-11-02,2020-11-08,2020-11-09,geonames:2,region,,\"[\"\"Ruritania\"\"]\",,,\"Fighting went on last week\r\nin the district.\",false,false,",
		`b.txt#1,2020-10-16,2020,3,,Strategic developments,Agreement,,,,,,,,,,,,,,,"Old Bridge, ""the Arch""",-10.25,-0.5,1,b.txt,,A truce held at the bridge in October. (Source: b.txt),,,,` +
			`ceasefire,2020-10-01,2020-10-31,,curated:old-bridge,feature,,,,,A truce held at the bridge in October.,false,,`,
		// Undated: no day in any date column.
		`b.txt#2,,,,,Strategic developments,Other,,,,,,,,,51,,Armenia,Vayots Dzor,,,Hilltown,39.761234,45.332145,1,b.txt,,Talks are to be held in Hilltown. (Source: b.txt),,,,` +
			`diplomacy,,,,geonames:1,city,,,,,Talks are to be held in Hilltown.,false,,`,
	}
	if want := header + strings.Join(rows, "\r\n") + "\r\n"; got != want {
		gotLines, wantLines := strings.Split(got, "\r\n"), strings.Split(want, "\r\n")
		for i := range min(len(gotLines), len(wantLines)) {
			if gotLines[i] != wantLines[i] {
				t.Errorf("line %d\n got %q\nwant %q", i+1, gotLines[i], wantLines[i])
			}
		}
		if len(gotLines) != len(wantLines) {
			t.Errorf("%d lines, want %d", len(gotLines), len(wantLines))
		}
	}
}

// TestWriterWithoutEvents checks that a file of no events is its header.
func TestWriterWithoutEvents(t *testing.T) {
	if got := string(written(t)); !strings.HasPrefix(got, "\ufeff"+acledHeader+",") || strings.Count(got, "\r\n") != 1 {
		t.Errorf("got %q, want the header alone", got)
	}
}

// TestWriterRefusesWhatImportWould checks that an event the reader would
// refuse is an error that names it, and that nothing is written after it.
func TestWriterRefusesWhatImportWould(t *testing.T) {
	at := &geo.Place{Name: "Hilltown", Point: orb.Point{45.33, 39.76}}
	tests := []struct {
		name string
		ev   event.Event
		want string
	}{
		{"a count must be a number of people", event.Event{ID: "x#1", Source: "x", Place: at, Fatalities: eventtest.Count(-1)},
			`event "x#1": fatalities -1 is not a whole number from 0 to 10000000`},
		{"a point must be on Earth", event.Event{ID: "x#1", Source: "x", Place: &geo.Place{Name: "Nowhere", Point: orb.Point{45.33, 139.76}}},
			`event "x#1": latitude 139.76 is outside -90 to 90: the latitude and longitude look swapped`},
		{"a window must not end before it starts", event.Event{ID: "x#1", Source: "x", Place: at, Window: eventtest.Window("2020-11-08", "2020-11-07", dates.Day)},
			`event "x#1": date_end 2020-11-07 is before date_start 2020-11-08`},
		{"an event must have a source", event.Event{ID: "x#1", Place: at}, `event "x#1": no source`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			w := NewWriter(&b)
			good := event.Event{ID: "g#1", Source: "g", Place: at}
			err := w.WriteEvents(good, tt.ev, good)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
			if err := w.Close(); err == nil || err.Error() != tt.want {
				t.Errorf("Close: %v, want the same error", err)
			}
		})
	}
}

// TestWriterExtraColumns checks where an imported event's Extra goes: into
// ACLED's column of its name, whatever its case, unless the event says
// something there; else into a column of its own. A later call may bring
// no other.
func TestWriterExtraColumns(t *testing.T) {
	at := &geo.Place{Name: "Hilltown", Point: orb.Point{45.33, 39.76}}
	extra := func(attributes ...event.Attribute) *event.Extra { return &event.Extra{Attributes: attributes} }
	events := []event.Event{
		{ID: "x#1", Source: "x", Place: at, Extra: extra(event.Attribute{Name: "INTER1", Value: "3"}, event.Attribute{Name: "my_flag", Value: "yes"})},
		{ID: "x#2", Source: "x", Place: at, Extra: extra(event.Attribute{Name: "location", Value: "not what the place says"}, event.Attribute{Name: "zone", Value: "north"})},
	}
	w := NewWriter(&bytes.Buffer{})
	w.WriteEvents(events...)
	later := event.Event{ID: "x#3", Source: "x", Place: at, Extra: extra(event.Attribute{Name: "new_column", Value: "1"})}
	if err := w.WriteEvents(later); err == nil || err.Error() != `event "x#3": "new_column" is not a column of the header written: write every event in one call` {
		t.Errorf("a later column: %v", err)
	}
	file := written(t, events...)
	back, err := Import("x.csv", bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(string(file), "\r\n")
	if !strings.HasSuffix(header, ",note,my_flag,zone") {
		t.Errorf("header %q: want my_flag and zone at its end", header)
	}
	if got := kept(back[0]); strings.Join(got, " ") != "inter1=3 my_flag=yes" {
		t.Errorf("event 1 kept %q", got)
	}
	if got := kept(back[1]); back[1].Place.Name != "Hilltown" || strings.Join(got, " ") != "zone=north" {
		t.Errorf("event 2 is at %q and kept %q", back[1].Place.Name, got)
	}
}
