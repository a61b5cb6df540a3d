package main

import "testing"

func TestExtractFormatComesFromTheFlagOrTheFileName(t *testing.T) {
	tests := []struct {
		name         string
		format, out  string
		want, errMsg string
	}{
		{"geojson by default", "", "", "geojson", ""},
		{"geojson to standard output", "", "-", "geojson", ""},
		{"geojson to a device", "", "/dev/null", "geojson", ""},
		{"geojson to a file of another name", "", "events.txt", "geojson", ""},
		{"a .geojson file is geojson", "", "out/events.geojson", "geojson", ""},
		{"a .json file is geojson", "", "events.json", "geojson", ""},
		{"a .jsonl file is jsonl", "", "events.jsonl", "jsonl", ""},
		{"a .ndjson file is jsonl", "", "events.ndjson", "jsonl", ""},
		{"extensions in any case", "", "EVENTS.JSONL", "jsonl", ""},
		{"a .csv file is csv", "", "events.csv", "csv", ""},
		{"a .kml file is kml", "", "doc.KML", "kml", ""},
		{"a .gpkg file is gpkg", "", "events.gpkg", "gpkg", ""},
		{"the flag to standard output", "jsonl", "", "jsonl", ""},
		{"the flag to a device", "jsonl", "/dev/null", "jsonl", ""},
		{"the flag to a file of no format's name", "jsonl", "events.out", "jsonl", ""},
		{"the flag and the file name agree", "jsonl", "events.ndjson", "jsonl", ""},
		{"the flag in any case", "GeoJSON", "", "geojson", ""},
		{"the flag and the file name disagree", "jsonl", "events.geojson", "",
			"--format jsonl, but -o events.geojson is named as geojson is: name the file *.jsonl, or leave --format out"},
		{"a format there is not", "shapefile", "", "", `--format "shapefile": want geojson, jsonl, csv, kml or gpkg`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := chooseFormat(tt.format, tt.out)
			got, msg := f.name, ""
			if err != nil {
				got, msg = "", err.Error()
			}
			if got != tt.want || msg != tt.errMsg {
				t.Errorf("chooseFormat(%q, %q) = %q, %q; want %q, %q", tt.format, tt.out, got, msg, tt.want, tt.errMsg)
			}
		})
	}
}

func TestExtractFormatSaysWhatItCannotWrite(t *testing.T) {
	geojson, _ := chooseFormat("geojson", "")
	gpkg, _ := chooseFormat("gpkg", "")
	csv, _ := chooseFormat("csv", "")
	kml, _ := chooseFormat("kml", "")
	tests := []struct {
		name       string
		format     outputFormat
		layer, out string
		errMsg     string
	}{
		{"geojson writes the events", geojson, "events", "", ""},
		{"geojson writes the places", geojson, "places", "", ""},
		{"a layer there is not", geojson, "roads", "", `--layer "roads": want events or places`},
		{"a format of events alone has no places", csv, "places", "", "--layer places: csv holds the events alone"},
		{"a format of events alone writes them", csv, "events", "x.csv", ""},
		{"KML holds the events alone", kml, "places", "", "--layer places: kml holds the events alone"},
		{"KML streams", kml, "events", "-", ""},
		{"a GeoPackage holds the places too", gpkg, "places", "x.gpkg", ""},
		{"a GeoPackage goes to a file", gpkg, "events", "x.gpkg", ""},
		{"a GeoPackage is no stream", gpkg, "events", "", "--format gpkg is written to a file, not to a stream: give -o FILE.gpkg"},
		{"a GeoPackage is not standard output", gpkg, "events", "-", "--format gpkg is written to a file, not to a stream: give -o FILE.gpkg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := ""
			if err := tt.format.check(tt.layer, tt.out); err != nil {
				msg = err.Error()
			}
			if msg != tt.errMsg {
				t.Errorf("check(%q, %q) = %q, want %q", tt.layer, tt.out, msg, tt.errMsg)
			}
		})
	}
}
