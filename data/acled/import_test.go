package acled

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// The fixtures in testdata are rows written for these tests in ACLED's
// layouts, of places, actors and sources made up: ACLED's terms do not
// let its data be passed on.

// want is what a test checks of an imported event.
type want struct {
	id          string
	start, end  string
	precision   dates.Precision
	typ         event.Type
	subEvent    string // ACLED's sub_event_type
	place       string
	country     string
	admin1      string
	kind        geo.Kind
	at          orb.Point
	fatalities  int
	actors      []string
	extra       []string // name=value of what the event kept
	noteStarter string   // the start of its sentence
}

func (w want) check(t *testing.T, ev event.Event) {
	t.Helper()
	var extra []string
	if ev.Extra != nil {
		for _, a := range ev.Extra.Attributes {
			extra = append(extra, a.Name+"="+a.Value)
		}
	}
	got := want{
		id: ev.ID, typ: ev.Type, subEvent: ev.ACLEDType().SubEventType,
		place: ev.Place.Name, country: ev.Place.Country, admin1: ev.Place.Admin1, kind: ev.Place.Kind, at: ev.Place.Point,
		fatalities: -1, actors: ev.Actors, extra: extra, noteStarter: w.noteStarter,
	}
	if ev.Window != nil {
		got.start, got.end, got.precision = ev.Window.Start.Format(time.DateOnly), ev.Window.End.Format(time.DateOnly), ev.Window.Precision
	}
	if ev.Fatalities != nil {
		got.fatalities = *ev.Fatalities
	}
	if !strings.HasPrefix(ev.Sentence, w.noteStarter) {
		got.noteStarter = ev.Sentence
	}
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", w) {
		t.Errorf("event %s\n got %+v\nwant %+v", w.id, got, w)
	}
}

// TestImportLayouts checks the events of a fixture of each layout ACLED
// ships: its export tool's and API's, the Humanitarian Data Exchange's
// with a row of HXL hashtags, and the older upper-case one.
func TestImportLayouts(t *testing.T) {
	tests := []struct {
		name, file string
		want       []want
	}{
		{"export and API layout, three date styles", "export.csv", []want{
			{"RUR101", "2020-11-07", "2020-11-07", dates.Day, event.Clash, "Armed clash", "Hilltown", "AM", "Vayots Dzor", geo.City,
				orb.Point{45.3321, 39.7612}, 2, []string{"Military Forces of Ruritania (2019-)", "Military Forces of Borduria (2018-)"},
				[]string{"disorder_type=Political violence", "inter1=1", "inter2=1", "interaction=11", "region=Caucasus and Central Asia",
					"source_scale=National", "timestamp=1605000000"}, "On 7 November 2020"},
			{"RUR102", "2020-11-04", "2020-11-10", dates.Week, event.Attack, "Air/drone strike", "Riverside", "AZ", "Lowland", geo.Region,
				orb.Point{46.9012, 40.1055}, 4, []string{"Military Forces of Borduria (2018-)", "Civilians (Ruritania)"},
				[]string{"disorder_type=Political violence", "inter1=1", "inter2=7", "interaction=17", "civilian_targeting=Civilian targeting",
					"region=Caucasus and Central Asia", "admin2=Riverside District", "source_scale=Subnational-National",
					"tags=crowd size=no report", "timestamp=1605000001"}, "Around 7 November 2020"},
			{"RUR103", "2020-11-08", "2020-11-08", dates.Day, event.Protest, "Peaceful protest", "Old Port", "AM", "Capital Province", geo.City,
				orb.Point{44.5136, 40.1811}, 0, []string{"Protesters (Ruritania)"},
				[]string{"disorder_type=Demonstrations", "assoc_actor_1=Women (Ruritania); Students (Ruritania)", "inter1=6", "inter2=0",
					"interaction=60", "region=Caucasus and Central Asia", "source_scale=National", "tags=crowd size=around 300",
					"timestamp=1605000002"}, "On 8 November 2020"},
		}},
		{"HDX layout: the row of hashtags is skipped", "hdx.csv", []want{
			{"BRD201", "2021-03-02", "2021-03-02", dates.Day, event.Attack, "Abduction/forced disappearance", "Pinewood", "GE", "North Province", geo.City,
				orb.Point{44.1002, 41.0021}, 0, []string{"Unidentified Armed Group (Borduria)", "Civilians (Borduria)"},
				[]string{"admin2=Pine County"}, "On 2 March 2021"},
			{"BRD202", "2021-03-04", "2021-03-04", dates.Day, event.Other, "Looting/property destruction", "Stonebridge", "GE", "North Province", geo.City,
				orb.Point{44.8765, 41.2345}, 0, []string{"Rioters (Borduria)"}, nil, "On 4 March 2021"},
		}},
		{"older upper-case layout", "old.csv", []want{
			{"AZE301", "2016-07-31", "2016-08-30", dates.Month, event.Protest, "Violent demonstration", "Millbrook", "AZ", "Lowland", geo.City,
				orb.Point{47.1188, 40.5012}, 1, []string{"Rioters (Ruritania)"},
				[]string{"GWNO=373", "EVENT_ID_NO_CNTY=301", "INTER1=5", "INTER2=0", "INTERACTION=50", "REGION=Caucasus", "SOURCE_SCALE=Local"},
				"In mid-August 2016"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, err := ImportFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(events) != len(tt.want) {
				t.Fatalf("%d events, want %d", len(events), len(tt.want))
			}
			for i, w := range tt.want {
				w.check(t, events[i])
				if events[i].Source == "" {
					t.Errorf("event %s has no source", w.id)
				}
			}
		})
	}
}

// csvOf is a CSV file of header and rows, a line each.
func csvOf(header string, rows ...string) *strings.Reader {
	return strings.NewReader(header + "\r\n" + strings.Join(rows, "\r\n") + "\r\n")
}

const shortHeader = "event_id_cnty,event_date,event_type,sub_event_type,location,latitude,longitude,fatalities"

// TestImportRows checks how single rows read, each case named after its
// rule.
func TestImportRows(t *testing.T) {
	tests := []struct {
		name   string
		header string
		row    string
		check  func(ev event.Event) string // what is wrong, "" if nothing
	}{
		{"a day as YYYY-MM-DD", shortHeader, "X1,2020-11-07,Battles,Armed clash,Hilltown,39.76,45.33,2", dayIs("2020-11-07")},
		{"a day as ACLED writes it in words", shortHeader, "X1,07 November 2020,Battles,Armed clash,Hilltown,39.76,45.33,2", dayIs("2020-11-07")},
		{"a day in words without its leading zero", shortHeader, "X1,7 November 2020,Battles,Armed clash,Hilltown,39.76,45.33,2", dayIs("2020-11-07")},
		{"an ISO time is its day", shortHeader, "X1,2020-11-07T23:10:00Z,Battles,Armed clash,Hilltown,39.76,45.33,2", dayIs("2020-11-07")},
		{"an ISO time without a zone", shortHeader, "X1,2020-11-07 08:00:00,Battles,Armed clash,Hilltown,39.76,45.33,2", dayIs("2020-11-07")},
		{"columns in another order", "longitude,fatalities,location,latitude,sub_event_type,event_type,event_date,event_id_cnty",
			"45.33,2,Hilltown,39.76,Armed clash,Battles,2020-11-07,X1",
			func(ev event.Event) string {
				if ev.ID != "X1" || ev.Place.Name != "Hilltown" || ev.Place.Point != (orb.Point{45.33, 39.76}) || *ev.Fatalities != 2 || ev.Type != event.Clash {
					return fmt.Sprintf("%+v at %+v", ev, *ev.Place)
				}
				return dayIs("2020-11-07")(ev)
			}},
		{"names in any case, spaces around them", " Event_Date , LOCATION,Latitude,LONGITUDE ", "2020-11-07,Hilltown,39.76,45.33",
			func(ev event.Event) string {
				if ev.Place.Name != "Hilltown" || ev.Extra != nil {
					return fmt.Sprintf("place %q, extra %+v", ev.Place.Name, ev.Extra)
				}
				return dayIs("2020-11-07")(ev)
			}},
		{"an unknown column is kept, empty cells are not", shortHeader + ",my_notes,my_flag", "X1,2020-11-07,Battles,Armed clash,Hilltown,39.76,45.33,2,seen twice,",
			extraIs("my_notes=seen twice")},
		{"a row without an id is named after the file and its number", shortHeader, ",2020-11-07,Battles,Armed clash,Hilltown,39.76,45.33,",
			func(ev event.Event) string {
				if ev.ID != "rows.csv#1" || ev.Source != "rows.csv" || ev.Fatalities != nil {
					return fmt.Sprintf("id %q, source %q, fatalities %v", ev.ID, ev.Source, ev.Fatalities)
				}
				return ""
			}},
		{"a sub-event type of ACLED's codebook gives the type", shortHeader, "X1,2020-11-07,Violence against civilians,Abduction/forced disappearance,Hilltown,39.76,45.33,0",
			func(ev event.Event) string {
				if ev.Type != event.Attack || ev.ACLED != event.ACLEDAbduction {
					return fmt.Sprintf("type %v, ACLED %v", ev.Type, ev.ACLEDType())
				}
				return ""
			}},
		{"a pair not in the codebook is kept", shortHeader, "X1,2020-11-07,Battles,Skirmish,Hilltown,39.76,45.33,0",
			extraIs("sub_event_type=Skirmish")},
		{"an iso the table lacks is kept, and the country is named by its name", "event_date,iso,country,latitude,longitude", "2020-11-07,999,Armenia,39.76,45.33",
			func(ev event.Event) string {
				if ev.Place.Country != "AM" {
					return "country " + ev.Place.Country
				}
				return extraIs("iso=999")(ev)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, err := Import("rows.csv", csvOf(tt.header, tt.row))
			if err != nil {
				t.Fatal(err)
			}
			if len(events) != 1 {
				t.Fatalf("%d events, want 1", len(events))
			}
			if wrong := tt.check(events[0]); wrong != "" {
				t.Error(wrong)
			}
		})
	}
}

func dayIs(day string) func(event.Event) string {
	return func(ev event.Event) string {
		if w := ev.Window; w == nil || w.Start.Format(time.DateOnly) != day || !w.End.Equal(w.Start) {
			return fmt.Sprintf("window %v, want the day %s", w, day)
		}
		return ""
	}
}

func extraIs(attributes ...string) func(event.Event) string {
	return func(ev event.Event) string {
		var got []string
		if ev.Extra != nil {
			for _, a := range ev.Extra.Attributes {
				got = append(got, a.Name+"="+a.Value)
			}
		}
		if !slices.Equal(got, attributes) {
			return fmt.Sprintf("extra %q, want %q", got, attributes)
		}
		return ""
	}
}

// TestImportLeavesOutBrokenRows checks that a row with a broken value is
// left out with an error naming the file, the row's line and its id, and
// the problem, and that the rows around it are read.
func TestImportLeavesOutBrokenRows(t *testing.T) {
	const header = shortHeader + ",actors"
	const good1, good2 = "G1,2020-11-07,Battles,Armed clash,Hilltown,39.76,45.33,2,", "G2,2020-11-08,Protests,Peaceful protest,Old Port,40.18,44.51,0,"
	tests := []struct {
		name string
		row  string
		want string
	}{
		{"a date must be one", "B1,31 Novembre 2020,Battles,Armed clash,Hilltown,39.76,45.33,2,",
			`rows.csv: line 3 (id "B1"): event_date "31 Novembre 2020" is not a date (such as 2020-11-07 or 07 November 2020)`},
		{"a latitude must be within ±90", "B1,2020-11-07,Battles,Armed clash,Hilltown,95.1,45.33,2,",
			`rows.csv: line 3 (id "B1"): latitude 95.1 is outside -90 to 90: the latitude and longitude look swapped`},
		{"a longitude must be within ±180", "B1,2020-11-07,Battles,Armed clash,Hilltown,39.76,245.33,2,",
			`rows.csv: line 3 (id "B1"): longitude 245.33 is outside -180 to 180`},
		{"a latitude must be a number", "B1,2020-11-07,Battles,Armed clash,Hilltown,39°45'N,45.33,2,",
			`rows.csv: line 3 (id "B1"): latitude "39°45'N" is not a number`},
		{"a row must have a point", "B1,2020-11-07,Battles,Armed clash,Hilltown,,45.33,2,",
			`rows.csv: line 3 (id "B1"): no latitude and longitude`},
		{"a row must have as many cells as the header", "B1,2020-11-07,Battles,Armed clash,Hilltown,39.76",
			`rows.csv: line 3: 6 cells, but the header names 9 columns`},
		{"a row must not have more cells than the header", "B1,2020-11-07,Battles,Armed clash,Hilltown,39.76,45.33,2,,extra",
			`rows.csv: line 3: 10 cells, but the header names 9 columns`},
		{"fatalities must be a number of people", "B1,2020-11-07,Battles,Armed clash,Hilltown,39.76,45.33,dozens,",
			`rows.csv: line 3 (id "B1"): fatalities "dozens" is not a whole number from 0 to 10000000`},
		{"a row must be UTF-8", "B1,2020-11-07,Battles,Armed clash,H\xf4tel,39.76,45.33,2,",
			`rows.csv: line 3: location is not UTF-8 text`},
		{"a list of names must be JSON", "B1,2020-11-07,Battles,Armed clash,Hilltown,39.76,45.33,2,[Ruritania",
			`rows.csv: line 3 (id "B1"): actors "[Ruritania" is not a JSON list of names`},
		{"a quote must close", `B1,2020-11-07,Battles,Armed clash,"Hill"town,39.76,45.33,2,`,
			`rows.csv: line 3: extraneous or missing " in quoted-field`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, err := Import("rows.csv", csvOf(header, good1, tt.row, good2))
			var rows *RowErrors
			if !errors.As(err, &rows) || len(rows.Rows) != 1 {
				t.Fatalf("error %v, want one row left out", err)
			}
			if got := rows.Rows[0].Error(); got != tt.want {
				t.Errorf("error\n got %s\nwant %s", got, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "rows.csv: 1 row was left out:\n") {
				t.Errorf("error %q does not start with the file and the count", err)
			}
			if len(events) != 2 || events[0].ID != "G1" || events[1].ID != "G2" {
				t.Errorf("read %d events, want G1 and G2", len(events))
			}
		})
	}
}

// TestImportRefusesFilesNotOfEvents checks the errors of a file that is
// not a CSV file of events: none of its rows is read.
func TestImportRefusesFilesNotOfEvents(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"an empty file", "", "x.csv: empty: a CSV file of events starts with a header row"},
		{"a header without a point", "event_date,location\r\n2020-11-07,Hilltown\r\n",
			`x.csv: the header "event_date,location" names no latitude and longitude columns: not ACLED's layout`},
		{"a header without a date", "location,latitude,longitude\r\nHilltown,39.76,45.33\r\n",
			"x.csv: the header names no date column: looked for event_date, date, day, datetime, timestamp, time, date_start, start_date, start, begin, from, date_end, end_date, end, to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, err := Import("x.csv", strings.NewReader(tt.file))
			if err == nil || err.Error() != tt.want || events != nil {
				t.Errorf("%d events, error %v; want %q", len(events), err, tt.want)
			}
		})
	}
}

// An import that cannot open its file names the file first.
func TestImportFileNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.csv")
	if _, err := ImportFile(path); err == nil || err.Error() != path+": no such file or directory" {
		t.Errorf("ImportFile error %v, want %q", err, path+": no such file or directory")
	}
}
