package main

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestParsePointsCSV(t *testing.T) {
	const table = "country,latitude,longitude,name\n" +
		"US,37.09024,-95.712891,\"United States\"\n" +
		"UM,,,\"U.S. Minor Outlying Islands\"\n" +
		"ZZ,95,0,Nowhere\n"
	got, err := parsePointsCSV("test", strings.NewReader(table), "country", "latitude", "longitude")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got["US"] != (orb.Point{-95.712891, 37.09024}) {
		t.Errorf("got %v, want only US at -95.712891 37.09024", got)
	}
	if _, err := parsePointsCSV("test", strings.NewReader("a,b\n1,2\n"), "country", "latitude", "longitude"); err == nil {
		t.Error("a table without the columns: no error")
	}
}

func TestCountryPointChoice(t *testing.T) {
	s := countryPointSources{
		geonames: map[string]orb.Point{"US": {-98.5, 39.76}},
		google:   map[string]orb.Point{"US": {-95.71, 37.09}, "SX": {-63.05, 18.04}},
	}
	label := orb.Point{1, 2}
	tests := []struct {
		cc       string
		fallback bool
		want     orb.Point
		source   string
		ok       bool
	}{
		{"US", true, orb.Point{-98.5, 39.76}, "geonames", true}, // GeoNames' point beats Google's and the label
		{"SX", true, orb.Point{-63.05, 18.04}, "google", true},  // only Google has it
		{"XX", true, label, "fallback", true},                   // neither: the label point
		{"YY", false, label, "fallback", false},                 // nothing at all
	}
	for _, tt := range tests {
		got, src, ok := s.choose(tt.cc, label, tt.fallback)
		if got != tt.want || src != tt.source || ok != tt.ok {
			t.Errorf("choose(%s) = %v %s %v, want %v %s %v", tt.cc, got, src, ok, tt.want, tt.source, tt.ok)
		}
	}
}
