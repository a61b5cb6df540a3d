package geojson

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
)

// layer is a FeatureCollection of one Point feature with these properties.
func layer(geometry, props string) string {
	return `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":` + geometry +
		`,"properties":{` + props + `}}]}`
}

const point = `{"type":"Point","coordinates":[46.3606,40.6828]}`

func TestImportForeignLayers(t *testing.T) {
	tests := []struct {
		name  string
		props string
		check func(event.Event) string // what is wrong, "" if nothing
	}{
		{"ACLED", `"event_id_cnty":"AZE123","event_date":"11 October 2020","event_type":"Explosions/Remote violence",
			"actor1":"Military Forces of Armenia","actor2":"Civilians (Azerbaijan)","location":"Ganja","admin1":"Ganja-Gazakh",
			"geo_precision":1,"time_precision":1,"fatalities":10,"notes":"A missile hit Ganja."`,
			func(e event.Event) string {
				switch {
				case e.ID != "AZE123":
					return "id " + e.ID
				case e.Type != event.Attack:
					return "type " + e.Type.String()
				case e.Window == nil || e.Window.Start.Format("2006-01-02") != "2020-10-11" || e.Window.Precision != dates.Day:
					return "window"
				case e.Place.Name != "Ganja" || e.Place.Admin1 != "Ganja-Gazakh" || e.Place.Point[0] != 46.3606:
					return "place " + e.Place.Name
				case len(e.Actors) != 2 || e.Actors[1] != "Civilians (Azerbaijan)":
					return "actors"
				case e.Fatalities == nil || *e.Fatalities != 10:
					return "fatalities"
				case e.Sentence != "A missile hit Ganja.":
					return "sentence " + e.Sentence
				case e.Source != "acled.geojson":
					return "source " + e.Source
				}
				return ""
			}},
		{"a start and an end", `"start":"2020-09-27","end":"2020-10-04","name":"Fuzuli","type":"clash"`,
			func(e event.Event) string {
				switch {
				case e.Window == nil || e.Window.End.Format("2006-01-02") != "2020-10-04" || e.Window.Precision != dates.Week:
					return "window"
				case e.Type != event.Clash:
					return "type " + e.Type.String()
				case e.ID != "acled.geojson#1":
					return "id " + e.ID
				}
				return ""
			}},
		{"ACLED's protests import as protests", `"event_date":"2023-06-02","event_type":"Protests","location":"Dakar"`,
			typeIs(event.Protest)},
		{"ACLED's riots import as protests", `"event_date":"2023-06-02","event_type":"Riots","location":"Dakar"`,
			typeIs(event.Protest)},
		{"Chronomap's protest imports as itself", `"date":"2023-06-02","event_type":"protest","place":"Dakar"`,
			typeIs(event.Protest)},
		{"what is not mapped is kept, in the order of its names", `"date":"2023-06-02","type":"airstrike","inter1":1,"Zone":"north","tags":["a"],"flag":true,"gone":null`,
			func(e event.Event) string {
				want := []event.Attribute{{Name: "Zone", Value: "north"}, {Name: "flag", Value: "true"}, {Name: "inter1", Value: "1"}, {Name: "tags", Value: `["a"]`}, {Name: "type", Value: "airstrike"}}
				if e.Extra == nil || !slices.Equal(e.Extra.Attributes, want) {
					return fmt.Sprintf("extra %+v", e.Extra)
				}
				return ""
			}},
		{"ACLED's iso and country name the country", `"date":"2023-06-02","iso":"51","country":"Armenia","location":"Goris"`,
			func(e event.Event) string {
				if e.Place.Country != "AM" || e.Extra != nil {
					return fmt.Sprintf("country %q, extra %+v", e.Place.Country, e.Extra)
				}
				return ""
			}},
		{"a timestamp and an unknown type", `"date":"2020-10-11T03:15:00Z"`,
			func(e event.Event) string {
				if e.Window == nil || e.Window.Start.Format("2006-01-02") != "2020-10-11" || e.Type != event.Other || e.Place.Name == "" {
					return "window, type or place"
				}
				return ""
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, err := Import("acled.geojson", strings.NewReader(layer(point, tt.props)))
			if err != nil {
				t.Fatal(err)
			}
			if len(events) != 1 {
				t.Fatalf("%d events, want 1", len(events))
			}
			if wrong := tt.check(events[0]); wrong != "" {
				t.Errorf("%s is wrong: %+v", wrong, events[0])
			}
		})
	}
}

// An import that cannot open its file names the file first, as every other
// error of an import does, so that the window's summary sees its folder.
func TestImportFileNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.geojson")
	if _, err := ImportFile(path); err == nil || err.Error() != path+": no such file or directory" {
		t.Errorf("ImportFile error %v, want %q", err, path+": no such file or directory")
	}
}

// typeIs checks that an imported event is of type want.
func typeIs(want event.Type) func(event.Event) string {
	return func(e event.Event) string {
		if e.Type != want {
			return "type " + e.Type.String()
		}
		return ""
	}
}
