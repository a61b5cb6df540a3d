package geojson

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
)

// The rules Import checks, on Chronomap's own layer ("ours") and on other
// tools' ("theirs"), each case named after its rule. The messages are what
// the user reads, so they are asserted whole.

// oursProps are the properties of a valid event of Chronomap's layer, at
// Ganja as the bundled gazetteer places it (ganjaAt).
const (
	oursProps = `{"id":"a.txt#1","source":"a.txt","doc_date":"2020-10-11","event_date":"2020-10-11",
		"date_start":"2020-10-11","date_end":"2020-10-11","time_precision":1,"event_type":"attack",
		"place":"Ganja","place_id":"geonames:586523","country_code":"AZ","admin1":null,"geo_precision":1,
		"actors":[],"claimed_by":[],"denied_by":[],"fatalities":3,"injured":null,"sentence":"A missile hit Ganja.",
		"offset":[0,20],"place_kind":"city","place_offset":[14,19],"date_offset":null,"reports":[]}`
	ganjaAt = `[46.36134,40.68157]`
)

// at is a Point geometry at coordinates.
func at(coordinates string) string { return `{"type":"Point","coordinates":` + coordinates + `}` }

// oursWith are oursProps with props (`"key":value,...`) put in.
func oursWith(props string) map[string]json.RawMessage {
	var p map[string]json.RawMessage
	for _, s := range []string{oursProps, "{" + props + "}"} {
		if err := json.Unmarshal([]byte(s), &p); err != nil {
			panic(err)
		}
	}
	return p
}

// ours is a collection of one feature of Chronomap's layer with geometry
// and oursProps with props put in.
func ours(geometry, props string) string {
	b, err := json.Marshal(oursWith(props))
	if err != nil {
		panic(err)
	}
	return layerOf(geometry, string(b))
}

// oursReport is ours with one report of a merged event: another article's,
// at coordinates, with props put in.
func oursReport(coordinates, props string) string {
	r := oursWith(strings.TrimSuffix(`"id":"b.txt#1","source":"b.txt",`+props, ","))
	r["coordinates"] = json.RawMessage(coordinates)
	b, err := json.Marshal([]any{r})
	if err != nil {
		panic(err)
	}
	return ours(at(ganjaAt), `"reports":`+string(b))
}

// theirs is a collection of one feature of another tool's layer, dated,
// with geometry and props (`"key":value,...`, perhaps none).
func theirs(geometry, props string) string {
	if props != "" {
		props = "," + props
	}
	return layerOf(geometry, `{"event_date":"2020-10-11"`+props+`}`)
}

func layerOf(geometry, props string) string {
	return `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":` + geometry + `,"properties":` + props + `}]}`
}

const (
	lookSwappedEnd = `: the coordinates look swapped, [latitude, longitude] instead of GeoJSON's [longitude, latitude]`
	notCounted     = ` is not a whole number from 0 to 10000000`
	years          = ` is outside the years 1 to 9999`
)

// brokenValues are files Import refuses, with the error it gives. FuzzImport
// starts from them too.
var brokenValues = []struct {
	rule, input, want string
}{
	// The collection.
	{"the file must be JSON", `{"type":`, "in.geojson: not a GeoJSON FeatureCollection: unexpected end of JSON input (line 1)"},
	{"the file must be JSON, and the error says where it is not", "{\"type\":\"FeatureCollection\",\n\"features\":[x]}",
		"in.geojson: not a GeoJSON FeatureCollection: invalid character 'x' looking for beginning of value (line 2)"},
	{"the features must be there", `{"type":"FeatureCollection","featrues":[]}`,
		`in.geojson: not a GeoJSON FeatureCollection: no "features" array`},
	{"the features must be an array", `{"type":"FeatureCollection","features":{}}`,
		"in.geojson: not a GeoJSON FeatureCollection: features is an object, not an array"},
	{"the file must be a FeatureCollection", `{"type":"Feature"}`, `in.geojson: not a GeoJSON FeatureCollection (type "Feature")`},
	{"a feature must be an object", `{"type":"FeatureCollection","features":[[1,2]]}`, "in.geojson: feature 1: [1,2] is not a GeoJSON Feature object"},
	{"another tool's layer must date its events", layerOf(at("[46.36,40.68]"), `{"name":"Ganja"}`),
		"in.geojson: no feature has a date: looked for the properties event_date, date, day, datetime, timestamp, time, date_start, start_date, start, begin, from, date_end, end_date, end, to"},

	// Geometry, in both layers.
	{"ours: a geometry must be there", ours("null", ""), `in.geojson: feature 1 (id "a.txt#1"): geometry is null, not a Point`},
	{"theirs: a geometry must be a Point", theirs(`{"type":"LineString","coordinates":[[1,2],[3,4]]}`, ""), "in.geojson: feature 1: geometry is a LineString, not a Point"},
	{"theirs: a geometry must have a known type", theirs(`{"type":"point","coordinates":[1,2]}`, ""), `in.geojson: feature 1: geometry type "point" is not Point`},
	{"theirs: a geometry must be an object", theirs(`"POINT (1 2)"`, ""), `in.geojson: feature 1: geometry "POINT (1 2)" is not a GeoJSON geometry`},

	// Coordinates, in both layers and in merged reports.
	{"ours: coordinates must be there", ours(`{"type":"Point"}`, ""),
		`in.geojson: feature 1 (id "a.txt#1"): coordinates are missing: a Point needs [longitude, latitude]`},
	{"theirs: coordinates must not be null", theirs(at("null"), ""), "in.geojson: feature 1: coordinates are missing: a Point needs [longitude, latitude]"},
	{"ours: coordinates must not be empty", ours(at("[]"), ""),
		`in.geojson: feature 1 (id "a.txt#1"): coordinates [] are too few: a Point needs [longitude, latitude]`},
	{"theirs: coordinates must hold a latitude", theirs(at("[46]"), ""), "in.geojson: feature 1: coordinates [46] are too few: a Point needs [longitude, latitude]"},
	{"theirs: coordinates must be an array", theirs(at(`"46.36,40.68"`), ""),
		`in.geojson: feature 1: coordinates "46.36,40.68" are not an array [longitude, latitude]`},
	{"theirs: coordinates must be numbers", theirs(at(`["46.36","40.68"]`), ""), `in.geojson: feature 1: coordinates ["46.36","40.68"] are not all numbers`},
	{"ours: an altitude must be a number", ours(at(`[46.36134,40.68157,null]`), ""),
		`in.geojson: feature 1 (id "a.txt#1"): coordinates [46.36134,40.68157,null] are not all numbers`},
	{"ours: a latitude must be finite", ours(at("[46.36134,1e400]"), ""), `in.geojson: feature 1 (id "a.txt#1"): latitude 1e400 is not a finite number`},
	{"theirs: a longitude must be finite", theirs(at("[-1e999,40.68]"), ""), "in.geojson: feature 1: longitude -1e999 is not a finite number"},
	{"ours: a latitude must be within ±90, or the point was written latitude first", ours(at("[46.36134,91]"), ""),
		`in.geojson: feature 1 (id "a.txt#1"): latitude 91 is outside -90 to 90` + lookSwappedEnd},
	{"theirs: a latitude must be within ±90, or the point was written latitude first", theirs(at("[46.36,1e308]"), ""),
		"in.geojson: feature 1: latitude 1e308 is outside -90 to 90" + lookSwappedEnd},
	{"theirs: a latitude must be within ±90", theirs(at("[120.5,-95]"), ""), "in.geojson: feature 1: latitude -95 is outside -90 to 90"},
	{"theirs: a longitude must be within ±180", theirs(at("[181,40.68]"), ""), "in.geojson: feature 1: longitude 181 is outside -180 to 180"},
	{"ours: a point near its place only swapped was written latitude first", ours(at("[40.68157,46.36134]"), ""),
		`in.geojson: feature 1 (id "a.txt#1"): coordinates [40.68157, 46.36134] are far from Ganja (place_id geonames:586523) at [46.36134, 40.68157]` + lookSwappedEnd},
	{"ours: a report's point near its place only swapped was written latitude first", oursReport("[40.68157,46.36134]", ""),
		`in.geojson: feature 1 (id "a.txt#1"): report 1: coordinates [40.68157, 46.36134] are far from Ganja (place_id geonames:586523) at [46.36134, 40.68157]` + lookSwappedEnd},
	{"ours: a report's coordinates must hold a latitude", oursReport("[46.36134]", ""),
		`in.geojson: feature 1 (id "a.txt#1"): report 1: coordinates [46.36134] are too few: a Point needs [longitude, latitude]`},
	{"ours: a report's coordinates must be there", oursReport("null", ""),
		`in.geojson: feature 1 (id "a.txt#1"): report 1: coordinates are missing: a Point needs [longitude, latitude]`},
	{"ours: a report's latitude must be within ±90", oursReport("[46.36134,-91]", ""),
		`in.geojson: feature 1 (id "a.txt#1"): report 1: latitude -91 is outside -90 to 90` + lookSwappedEnd},

	// How a feature is named.
	{"theirs: a feature is named by its own id",
		`{"type":"FeatureCollection","features":[{"type":"Feature","id":"AZE1","geometry":` + at("[181,0]") + `,"properties":{"date":"2020-10-11"}}]}`,
		`in.geojson: feature 1 (id "AZE1"): longitude 181 is outside -180 to 180`},
	{"theirs: a feature is named by ACLED's id", theirs(at("[181,0]"), `"event_id_cnty":"AZE123"`),
		`in.geojson: feature 1 (id "AZE123"): longitude 181 is outside -180 to 180`},
	{"theirs: a feature is named by a numeric id as written", theirs(at("[181,0]"), `"id":12345678901234567890`),
		`in.geojson: feature 1 (id 12345678901234567890): longitude 181 is outside -180 to 180`},

	// Counts.
	{"ours: a count must fit", ours(at(ganjaAt), `"fatalities":1e19`), `in.geojson: feature 1 (id "a.txt#1"): fatalities 1e19` + notCounted},
	{"theirs: a count must fit", theirs(at("[46.36,40.68]"), `"fatalities":1e19`), "in.geojson: feature 1: fatalities 1e19" + notCounted},
	{"ours: a count must be whole", ours(at(ganjaAt), `"injured":2.5`), `in.geojson: feature 1 (id "a.txt#1"): injured 2.5` + notCounted},
	{"theirs: a count must not be negative", theirs(at("[46.36,40.68]"), `"Fatalities":-1`), "in.geojson: feature 1: Fatalities -1" + notCounted},
	{"ours: a count must be at most ten million", ours(at(ganjaAt), `"fatalities":10000001`), `in.geojson: feature 1 (id "a.txt#1"): fatalities 10000001` + notCounted},
	{"ours: a count must be a number", ours(at(ganjaAt), `"fatalities":"many"`), `in.geojson: feature 1 (id "a.txt#1"): fatalities "many"` + notCounted},
	{"theirs: a count must be a number", theirs(at("[46.36,40.68]"), `"fatalities":"many"`), `in.geojson: feature 1: fatalities "many"` + notCounted},
	{"theirs: a count must not be an array", theirs(at("[46.36,40.68]"), `"injured":[1,2]`), `in.geojson: feature 1: injured [1,2]` + notCounted},

	// Time precision, offsets, and windows.
	{"ours: time_precision must be 1, 2 or 3", ours(at(ganjaAt), `"time_precision":4`), `in.geojson: feature 1 (id "a.txt#1"): time_precision 4 is not 1, 2 or 3`},
	{"ours: time_precision must be whole", ours(at(ganjaAt), `"time_precision":1.5`), `in.geojson: feature 1 (id "a.txt#1"): time_precision is 1.5, not a whole number`},
	{"theirs: time_precision must be 1, 2 or 3", theirs(at("[46.36,40.68]"), `"time_precision":0`), "in.geojson: feature 1: time_precision 0 is not 1, 2 or 3"},
	{"theirs: time_precision must be a number", theirs(at("[46.36,40.68]"), `"time_precision":"day"`), `in.geojson: feature 1: time_precision "day" is not 1, 2 or 3`},
	{"ours: an offset must not be negative", ours(at(ganjaAt), `"place_offset":[-1,4]`),
		`in.geojson: feature 1 (id "a.txt#1"): place_offset [-1,4] is negative: offsets count runes from 0`},
	{"ours: an offset must not end before it starts", ours(at(ganjaAt), `"offset":[20,0]`), `in.geojson: feature 1 (id "a.txt#1"): offset [20,0] ends before it starts`},
	{"ours: a date offset must not end before it starts", ours(at(ganjaAt), `"date_offset":[9,3]`), `in.geojson: feature 1 (id "a.txt#1"): date_offset [9,3] ends before it starts`},
	{"ours: a window must not end before it starts", ours(at(ganjaAt), `"date_end":"2020-10-10"`),
		`in.geojson: feature 1 (id "a.txt#1"): date_end 2020-10-10 is before date_start 2020-10-11`},
	{"theirs: a window must not end before it starts", theirs(at("[46.36,40.68]"), `"start":"2020-10-11","end":"2020-10-01"`),
		"in.geojson: feature 1: the end 2020-10-01 is before the start 2020-10-11"},
	{"ours: a window is all set or all null", ours(at(ganjaAt), `"date_end":null`),
		`in.geojson: feature 1 (id "a.txt#1"): date_start, date_end and time_precision must be all set or all null`},

	// Days.
	{"ours: a day must be after year 0", ours(at(ganjaAt), `"date_start":"0000-12-31"`), `in.geojson: feature 1 (id "a.txt#1"): date_start "0000-12-31"` + years},
	{"ours: a publication day must be after year 0", ours(at(ganjaAt), `"doc_date":"0000-01-01"`), `in.geojson: feature 1 (id "a.txt#1"): doc_date "0000-01-01"` + years},
	{"ours: event_date must be a day after year 0 too", ours(at(ganjaAt), `"event_date":"0000-01-01"`), `in.geojson: feature 1 (id "a.txt#1"): event_date "0000-01-01"` + years},
	{"ours: a day must be YYYY-MM-DD", ours(at(ganjaAt), `"date_end":"-0001-12-31"`), `in.geojson: feature 1 (id "a.txt#1"): date_end "-0001-12-31" is not a YYYY-MM-DD date`},
	{"theirs: a day must be after year 0", theirs(at("[46.36,40.68]"), `"date_start":"0000-01-01"`), `in.geojson: feature 1: date_start "0000-01-01"` + years},
	{"theirs: a time must fall on a day after year 0", layerOf(at("[46.36,40.68]"), `{"date":"0000-12-31T23:00:00-01:00"}`),
		`in.geojson: feature 1: date "0000-12-31T23:00:00-01:00"` + years},
	{"theirs: a day must be a date", layerOf(at("[46.36,40.68]"), `{"date":"soon"}`),
		`in.geojson: feature 1: date "soon" is not a date (such as 2020-11-07 or 07 November 2020)`},

	// Other values of our layer.
	{"ours: geo_precision must be 1, 2 or 3", ours(at(ganjaAt), `"place_kind":"","geo_precision":7`), `in.geojson: feature 1 (id "a.txt#1"): geo_precision 7 is not 1, 2 or 3`},
	{"ours: a property must have its JSON type", ours(at(ganjaAt), `"geo_precision":"1"`), `in.geojson: feature 1 (id "a.txt#1"): geo_precision is a string, not a whole number`},
	{"ours: a report's property must have its JSON type", oursReport(ganjaAt, `"actors":"Azerbaijan"`),
		`in.geojson: feature 1 (id "a.txt#1"): reports.actors is a string, not an array`},
	{"ours: an event must have a source", ours(at(ganjaAt), `"source":""`), `in.geojson: feature 1 (id "a.txt#1"): no source`},
	{"ours: extra must be an object", ours(at(ganjaAt), `"extra":["inter1"]`), `in.geojson: feature 1 (id "a.txt#1"): extra ["inter1"] is not an object of strings`},
	{"ours: extra must hold strings", ours(at(ganjaAt), `"extra":{"inter1":1}`), `in.geojson: feature 1 (id "a.txt#1"): extra's "inter1" is 1, not a string`},
	{"theirs: geo_precision must be 1, 2 or 3", theirs(at("[46.36,40.68]"), `"geo_precision":4`), `in.geojson: feature 1: geo_precision 4 is not 1, 2 or 3`},
	{"theirs: verified must be true, false or empty", theirs(at("[46.36,40.68]"), `"verified":"yes"`), `in.geojson: feature 1: verified "yes" is not true, false or empty`},
}

func TestImportRefusesBrokenValues(t *testing.T) {
	for _, tt := range brokenValues {
		t.Run(tt.rule, func(t *testing.T) {
			events, err := Import("in.geojson", strings.NewReader(tt.input))
			if err == nil {
				t.Fatalf("imported %d events, want the error %q", len(events), tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

// acceptedValues are files Import reads, with a check of their one event.
// FuzzImport starts from them too.
var acceptedValues = []struct {
	rule, input string
	check       func(event.Event) string // what is wrong, "" if nothing
}{
	{"ours: a UTF-8 byte-order mark is skipped", "\ufeff" + ours(at(ganjaAt), ""), nil},
	{"theirs: a UTF-8 byte-order mark is skipped", "\ufeff" + theirs(at("[46.36,40.68]"), ""), nil},
	{"ours: an altitude is dropped", ours(at("[46.36134,40.68157,120.5]"), ""), pointIs(46.36134, 40.68157)},
	{"theirs: numbers after the altitude are dropped", theirs(at("[46.36,40.68,120.5,7]"), ""), pointIs(46.36, 40.68)},
	{"theirs: a point is rounded to 6 decimals, as exported", theirs(at("[46.3613449,-40.6815751]"), ""), pointIs(46.361345, -40.681575)},
	{"theirs: the poles and the antimeridian are on Earth", theirs(at("[-180,90]"), ""), pointIs(-180, 90)},
	{"ours: a point moved away from its place, not swapped, is kept", ours(at("[44.5152,40.1872]"), ""), pointIs(44.5152, 40.1872)},
	{"ours: a place the gazetteer does not know is not checked", ours(at("[40.68157,46.36134]"), `"place_id":"curated:nowhere"`), pointIs(40.68157, 46.36134)},
	{"ours: a count may be ten million", ours(at(ganjaAt), `"fatalities":10000000`), countsAre(10_000_000, -1)},
	{"ours: a whole count may be written with decimals", ours(at(ganjaAt), `"injured":12.0`), countsAre(3, 12)},
	{"theirs: a count may be a numeric string", theirs(at("[46.36,40.68]"), `"fatalities":" 12 ","injured":"0"`), countsAre(12, 0)},
	{"ours: year 9999 is a year", ours(at(ganjaAt), `"date_end":"9999-12-31","time_precision":3`), daysAre("2020-10-11", "9999-12-31")},
	{"theirs: year 1 is a year", theirs(at("[46.36,40.68]"), `"event_date":"0001-01-01"`), daysAre("0001-01-01", "0001-01-01")},
}

func TestImportAccepts(t *testing.T) {
	for _, tt := range acceptedValues {
		t.Run(tt.rule, func(t *testing.T) {
			events, err := Import("in.geojson", strings.NewReader(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			if len(events) != 1 {
				t.Fatalf("%d events, want 1", len(events))
			}
			if tt.check != nil {
				if wrong := tt.check(events[0]); wrong != "" {
					t.Error(wrong)
				}
			}
		})
	}
}

func pointIs(lon, lat float64) func(event.Event) string {
	return func(e event.Event) string {
		if p := e.Place.Point; p != (orb.Point{lon, lat}) {
			return fmt.Sprintf("point %v, want [%v %v]", p, lon, lat)
		}
		return ""
	}
}

// countsAre checks the fatalities and the injured, -1 for none stated.
func countsAre(fatalities, injured int) func(event.Event) string {
	count := func(n *int) int {
		if n == nil {
			return -1
		}
		return *n
	}
	return func(e event.Event) string {
		if f, i := count(e.Fatalities), count(e.Injured); f != fatalities || i != injured {
			return fmt.Sprintf("counts %d and %d, want %d and %d", f, i, fatalities, injured)
		}
		return ""
	}
}

func daysAre(start, end string) func(event.Event) string {
	return func(e event.Event) string {
		if w := e.Window; w == nil || w.Start.Format(time.DateOnly) != start || w.End.Format(time.DateOnly) != end {
			return fmt.Sprintf("window %+v, want %s to %s", w, start, end)
		}
		return ""
	}
}
