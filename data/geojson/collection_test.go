package geojson

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// The file is read in one pass, but its errors are those of the file read
// whole, in the same order: the first error of syntax anywhere, then a
// collection of the wrong kind, then the first feature that is not an
// object, then the first feature refused.
func TestImportTellsTheErrorOfTheWholeFile(t *testing.T) {
	refused := `{"type":"Feature","geometry":` + at("[181,0]") + `,"properties":{"date":"2020-10-11"}}`
	good := `{"type":"Feature","geometry":` + at("[46.36,40.68]") + `,"properties":{"date":"2020-10-11"}}`
	tests := []struct {
		rule, input, want string
	}{
		{"an error of syntax after a feature refused",
			`{"type":"FeatureCollection","features":[` + refused + "]}\n\nx",
			"in.geojson: not a GeoJSON FeatureCollection: invalid character 'x' after top-level value (line 3)"},
		{"an error of syntax within a later feature",
			"{\"type\":\"FeatureCollection\",\"features\":[\n" + refused + ",\n" + good + ",\n" + `{"type":"Feature",}` + "]}",
			"in.geojson: not a GeoJSON FeatureCollection: invalid character '}' looking for beginning of object key string (line 4)"},
		{"a missing comma between features",
			"{\"type\":\"FeatureCollection\",\"features\":[\n" + good + "\n" + good + "]}",
			"in.geojson: not a GeoJSON FeatureCollection: invalid character '{' after array element (line 3)"},
		{"a file cut short",
			"{\"type\":\"FeatureCollection\",\"features\":[\n" + good + ",\n" + good,
			"in.geojson: not a GeoJSON FeatureCollection: unexpected end of JSON input (line 3)"},
		{"a type written after the features",
			`{"features":[` + refused + `],"type":"Feature"}`,
			`in.geojson: not a GeoJSON FeatureCollection (type "Feature")`},
		{"a type of the wrong JSON type after the features",
			`{"features":[` + refused + `],"type":["FeatureCollection"]}`,
			"in.geojson: not a GeoJSON FeatureCollection: type is an array, not a string"},
		{"a feature that is not an object after a feature refused",
			`{"type":"FeatureCollection","features":[` + refused + `,"a feature"]}`,
			`in.geojson: feature 2: "a feature" is not a GeoJSON Feature object`},
		{"the last of two features arrays",
			`{"type":"FeatureCollection","features":[` + good + `],"features":[` + good + `,` + refused + `]}`,
			"in.geojson: feature 2: longitude 181 is outside -180 to 180"},
		{"no features after features",
			`{"type":"FeatureCollection","features":[` + good + `],"features":null}`,
			`in.geojson: not a GeoJSON FeatureCollection: no "features" array`},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			_, err := Import("in.geojson", strings.NewReader(tt.input))
			if err == nil || err.Error() != tt.want {
				t.Errorf("error\n got %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestImportReadsTheCollectionAsJSONDoes(t *testing.T) {
	good := `{"type":"Feature","geometry":` + at("[46.36,40.68]") + `,"properties":{"date":"2020-10-11"}}`
	tests := []struct {
		rule, input string
		events      int
	}{
		{"names in any case", `{"TYPE":"FeatureCollection","Features":[` + good + `]}`, 1},
		{"a feature's names in any case", `{"type":"FeatureCollection","features":[{"Geometry":` + at("[46.36,40.68]") + `,"PROPERTIES":{"date":"2020-10-11"}}]}`, 1},
		{"names escaped", `{"type":"FeatureCollection","features":[{"\u0067eometry":` + at("[46.36,40.68]") + `,"properties":{"date":"2020-10-11"}}]}`, 1},
		{"the last of two features arrays", `{"type":"FeatureCollection","features":[` + good + `],"features":[` + good + `,` + good + `]}`, 2},
		{"the last of two types", `{"type":"Feature","features":[` + good + `],"type":"FeatureCollection"}`, 1},
		{"a null type, which leaves the type", `{"type":"FeatureCollection","type":null,"features":[` + good + `]}`, 1},
		{"other members", `{"type":"FeatureCollection","bbox":[1,2,3,4],"crs":{"type":"name"},"features":[` + good + `],"name":"layer"}`, 1},
		{"white space about everything", " \n{ \"type\" : \"FeatureCollection\" ,\n \"features\" : [ " + good + " ,\n" + good + " ] }\n\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			events, err := Import("in.geojson", strings.NewReader(tt.input))
			if err != nil || len(events) != tt.events {
				t.Errorf("%d events, error %v; want %d", len(events), err, tt.events)
			}
		})
	}
}

func TestImportTellsAnErrorOfReading(t *testing.T) {
	layer := io.MultiReader(strings.NewReader(`{"type":"FeatureCollection","features":[`), failingReader{})
	if _, err := Import("in.geojson", layer); err == nil || err.Error() != "in.geojson: disk on fire" {
		t.Errorf("error %v, want in.geojson: disk on fire", err)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }
