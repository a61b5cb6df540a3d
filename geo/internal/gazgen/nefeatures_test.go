package main

import (
	"reflect"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
)

func TestEnglishName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"CAUCASUS MTS.", "Caucasus Mountains"},
		{"Absheron Pen.", "Absheron Peninsula"},
		{"GULF OF ADEN", "Gulf of Aden"},
		{"Mt. Everest", "Mount Everest"},
		{"Lesser Caucasus", "Lesser Caucasus"},
		{"Bol’shevik I.", "Bol’shevik Island"},
	}
	for _, tt := range tests {
		if got := englishName(tt.in); got != tt.want {
			t.Errorf("englishName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFeatureNames(t *testing.T) {
	lake := geojson.Properties{"featurecla": "Lake"}
	reservoir := geojson.Properties{"featurecla": "Reservoir"}
	tests := []struct {
		fn   func(string, geojson.Properties) []string
		name string
		p    geojson.Properties
		want []string
	}{
		{lakeNames, "Lake Sevan", lake, []string{"Sevan Lake"}},
		{lakeNames, "Van", lake, []string{"Lake Van", "Van Lake"}},
		{lakeNames, "Mingevir Reservoir", reservoir, nil},
		{lakeNames, "Kakhovka", reservoir, []string{"Kakhovka Reservoir"}},
		{riverNames, "Kura", nil, []string{"Kura River", "River Kura"}},
		{riverNames, "Columbia River", nil, nil},
		{peakNames, "Aragats Lerr", nil, []string{"Mount Aragats", "Mt Aragats"}},
		{peakNames, "Mount Ararat", nil, []string{"Mount Ararat", "Mt Ararat"}},
		{peakNames, "K2", nil, nil},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.name, tt.p); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("names of %q = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRepresentativePoint(t *testing.T) {
	// A U-shaped polygon: its centroid is in the notch, outside it.
	u := orb.Polygon{{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}, {0, 0}}}
	line := orb.LineString{{0, 0}, {1, 0}, {1, 2}}
	tests := []struct {
		name string
		g    orb.Geometry
		want orb.Point
	}{
		{"point", orb.Point{45, 40}, orb.Point{45, 40}},
		{"line", line, orb.Point{1, 0.5}},
		{"longest line", orb.MultiLineString{{{5, 5}, {5, 6}}, line}, orb.Point{1, 0.5}},
		{"square", orb.Polygon{{{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}}}, orb.Point{1, 1}},
	}
	for _, tt := range tests {
		if got, _, ok := representativePoint(tt.g); !ok || got != tt.want {
			t.Errorf("%s: representativePoint = %v, %v, want %v", tt.name, got, ok, tt.want)
		}
	}
	if pt, _, _ := representativePoint(u); !planar.PolygonContains(u, pt) {
		t.Errorf("U polygon: representativePoint = %v, outside the polygon", pt)
	}
}
