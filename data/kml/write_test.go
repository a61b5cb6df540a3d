package kml

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

// sampleEvents are events of a day, a week and no date, with text that
// XML must escape, and one without a place.
func sampleEvents() []event.Event {
	hilltown := &geo.Place{ID: "geonames:1", Name: "Hilltown", Kind: geo.City, Country: "AM", Admin1: "Vayots Dzor", Point: orb.Point{45.332145, 39.761234}}
	bridge := &geo.Place{Name: `Old Bridge <"the Arch"> & Mill`, Kind: geo.Feature, Point: orb.Point{-0.5, -10.25}}
	return []event.Event{
		{ID: "a.txt#1", Source: "a.txt", DocDate: eventtest.Day("2020-11-09"), Type: event.Attack, ACLED: event.ACLEDAirDroneStrike,
			Place: hilltown, Window: eventtest.Window("2020-11-07", "2020-11-07", dates.Day), Actors: []string{"Ruritania", "Borduria"},
			Fatalities: eventtest.Count(3), Sentence: "A drone struck Hilltown, killing 3."},
		{ID: "a.txt#2", Source: "a.txt", Type: event.Clash, Place: bridge, Window: eventtest.Window("2020-11-02", "2020-11-08", dates.Week),
			Sentence: "Fighting went on at the <bridge> & the mill."},
		{ID: "b.txt#1", Source: "b.txt", Type: event.Diplomacy, Place: hilltown, Sentence: "Talks are to be held."},
		{ID: "b.txt#2", Source: "b.txt", Type: event.Other, Sentence: "Somewhere, something."},
	}
}

// document is what the tests read of a KML document.
type document struct {
	XMLName xml.Name `xml:"http://www.opengis.net/kml/2.2 kml"`
	Styles  []struct {
		ID    string `xml:"id,attr"`
		Color string `xml:"IconStyle>color"`
	} `xml:"Document>Style"`
	Fields []struct {
		Name string `xml:"name,attr"`
		Type string `xml:"type,attr"`
	} `xml:"Document>Schema>SimpleField"`
	Folder     string `xml:"Document>Folder>name"`
	Placemarks []struct {
		Name        string `xml:"name"`
		Description string `xml:"description"`
		Begin       string `xml:"TimeSpan>begin"`
		End         string `xml:"TimeSpan>end"`
		Style       string `xml:"styleUrl"`
		Data        []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:",chardata"`
		} `xml:"ExtendedData>SchemaData>SimpleData"`
		Coordinates string `xml:"Point>coordinates"`
	} `xml:"Document>Folder>Placemark"`
}

func written(t *testing.T, events ...event.Event) []byte {
	t.Helper()
	return eventtest.Written(t, NewWriter, events...)
}

// TestDocument checks what the document holds, as an XML reader reads it:
// a style for every type in its colour, the schema, and a Placemark for
// each event with a place, over its days, in its type's style, with its
// values, escaped as XML asks.
func TestDocument(t *testing.T) {
	var doc document
	if err := xml.Unmarshal(written(t, sampleEvents()...), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Styles) != int(event.NumTypes) || doc.Styles[event.Attack].ID != "attack" || doc.Styles[event.Attack].Color != "ff2827d6" {
		t.Errorf("styles %+v: want one a type, attack's red as aabbggrr", doc.Styles)
	}
	if len(doc.Fields) != len(fields) || doc.Fields[0].Name != "id" {
		t.Errorf("schema %+v", doc.Fields)
	}
	if doc.Folder != "events" {
		t.Errorf("the folder is %q, want events", doc.Folder)
	}
	tests := []struct {
		name, placemark string
	}{
		{"a day is a span from its start to its end, in UTC",
			`Attack · Hilltown|A drone struck Hilltown, killing 3. (Source: a.txt, published 2020-11-09)|2020-11-07T00:00:00Z|2020-11-07T23:59:59Z|#attack|45.332145,39.761234`},
		{"a week spans its days; text is escaped and read back",
			`Clash · Old Bridge <"the Arch"> & Mill|Fighting went on at the <bridge> & the mill. (Source: a.txt)|2020-11-02T00:00:00Z|2020-11-08T23:59:59Z|#clash|-0.5,-10.25`},
		{"an undated event has no span", `Diplomacy · Hilltown|Talks are to be held. (Source: b.txt)|||#diplomacy|45.332145,39.761234`},
	}
	if len(doc.Placemarks) != len(tests) {
		t.Fatalf("%d placemarks, want %d: the event without a place has none", len(doc.Placemarks), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := doc.Placemarks[i]
			if got := strings.Join([]string{p.Name, p.Description, p.Begin, p.End, p.Style, p.Coordinates}, "|"); got != tt.placemark {
				t.Errorf("\n got %s\nwant %s", got, tt.placemark)
			}
		})
	}
	var data []string
	for _, d := range doc.Placemarks[0].Data {
		data = append(data, d.Name+"="+d.Value)
	}
	want := "id=a.txt#1 source=a.txt doc_date=2020-11-09 date_start=2020-11-07 date_end=2020-11-07 time_precision=1 event_type=attack " +
		"acled_event_type=Explosions/Remote violence acled_sub_event_type=Air/drone strike place=Hilltown place_id=geonames:1 " +
		"country_code=AM admin1=Vayots Dzor geo_precision=1 actors=Ruritania; Borduria fatalities=3 sentence=A drone struck Hilltown, killing 3."
	if got := strings.Join(data, " "); got != want {
		t.Errorf("fields\n got %s\nwant %s", got, want)
	}
}

// TestWriterWithoutEvents checks that a document of no events is whole.
func TestWriterWithoutEvents(t *testing.T) {
	var doc document
	if err := xml.Unmarshal(written(t), &doc); err != nil || len(doc.Placemarks) != 0 || len(doc.Styles) != int(event.NumTypes) {
		t.Errorf("%+v, %v", doc, err)
	}
}

// TestWriterRefusesWhatImportWould checks that an event the readers would
// refuse is an error that names it.
func TestWriterRefusesWhatImportWould(t *testing.T) {
	at := &geo.Place{Name: "Hilltown", Point: orb.Point{45.33, 39.76}}
	tests := []struct {
		name string
		ev   event.Event
		want string
	}{
		{"a count must be a number of people", event.Event{ID: "x#1", Source: "x", Place: at, Injured: eventtest.Count(10_000_001)},
			`event "x#1": injured 10000001 is not a whole number from 0 to 10000000`},
		{"a point must be on Earth", event.Event{ID: "x#1", Source: "x", Place: &geo.Place{Point: orb.Point{200, 10}}},
			`event "x#1": longitude 200 is outside -180 to 180`},
		{"a window must not end before it starts", event.Event{ID: "x#1", Source: "x", Place: at, Window: eventtest.Window("2020-11-08", "2020-11-07", dates.Day)},
			`event "x#1": date_end 2020-11-07 is before date_start 2020-11-08`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := NewWriter(&bytes.Buffer{})
			if err := w.WriteEvents(tt.ev); err == nil || err.Error() != tt.want {
				t.Errorf("error %v, want %q", err, tt.want)
			}
			if err := w.Close(); err == nil || err.Error() != tt.want {
				t.Errorf("Close: %v, want the same error", err)
			}
		})
	}
}

// BenchmarkWrite100k writes 100,000 events as KML.
func BenchmarkWrite100k(b *testing.B) {
	base := sampleEvents()[:3]
	events := make([]event.Event, 100_000)
	for i := range events {
		events[i] = base[i%len(base)]
		events[i].ID = fmt.Sprintf("r%d.txt#%d", i/8, i%8)
	}
	eventtest.BenchmarkWriter(b, NewWriter, events)
}
