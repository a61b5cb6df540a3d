package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

func TestParseWorldRow(t *testing.T) {
	tests := []struct {
		row  string
		want *geo.Place // nil: an error
	}{
		{"geonames:1\tAfrica\tregion\tCONT\t7.1881\t21.0938\tAfrican continent\t1000\tsource",
			&geo.Place{ID: "geonames:1", Name: "Africa", AltNames: []string{"African continent"}, Kind: geo.Region,
				Feature: "CONT", Point: orb.Point{21.0938, 7.1881}, Population: 1000}},
		{"curated:atlantic-ocean\tAtlantic Ocean\tfeature\tOCN\t10\t-25\tAtlantic, the Atlantic\t5\tsource",
			&geo.Place{ID: "curated:atlantic-ocean", Name: "Atlantic Ocean", AltNames: []string{"Atlantic", "the Atlantic"},
				Kind: geo.Feature, Feature: "OCN", Point: orb.Point{-25, 10}, Population: 5}},
		{"africa\tAfrica\tregion\tCONT\t7\t21\t\t0\tsource", nil},        // no namespace in the id
		{"geonames:1\tAfrica\tcity\tCONT\t7\t21\t\t0\tsource", nil},      // a continent is no city
		{"geonames:1\tAfrica\tregion\tPPL\t7\t21\t\t0\tsource", nil},     // nor a populated place
		{"geonames:1\tAfrica\tregion\tCONT\t97\t21\t\t0\tsource", nil},   // latitude out of range
		{"geonames:1\tAfrica\tregion\tCONT\t7\t21\t\tmany\tsource", nil}, // population not a number
	}
	for _, tt := range tests {
		got, err := parseWorldRow(strings.Split(tt.row, "\t"))
		switch {
		case tt.want == nil && err == nil:
			t.Errorf("%q: no error", tt.row)
		case tt.want != nil && err != nil:
			t.Errorf("%q: %v", tt.row, err)
		case tt.want != nil && (got.ID != tt.want.ID || got.Name != tt.want.Name || !slices.Equal(got.AltNames, tt.want.AltNames) ||
			got.Kind != tt.want.Kind || got.Feature != tt.want.Feature || got.Point != tt.want.Point || got.Population != tt.want.Population):
			t.Errorf("%q: got %+v, want %+v", tt.row, got, tt.want)
		}
	}
}

func TestSupersededKeys(t *testing.T) {
	world := []*geo.Place{{Name: "Indian Ocean", AltNames: []string{"the Indian Ocean"}, Feature: "OCN"}}
	got := supersededKeys(world)
	for _, k := range []string{"indian ocean|OCN", "the indian ocean|OCN"} {
		if !got[k] {
			t.Errorf("%q not superseded", k)
		}
	}
	if got["indian ocean|SEA"] {
		t.Error("a feature of another code superseded")
	}
}

func TestDropWorldAltNames(t *testing.T) {
	mahdia := &city{Place: &geo.Place{Name: "Mahdia", AltNames: []string{"Africa", "Mahdiya"}}}
	atlantic := &city{Place: &geo.Place{Name: "Atlantic", AltNames: []string{"Atlantic City"}}}
	cities := map[int]*city{1: mahdia, 2: atlantic}
	world := []*geo.Place{{Name: "Africa"}, {Name: "Atlantic Ocean", AltNames: []string{"Atlantic"}}}
	if n := dropWorldAltNames(cities, world); n != 1 {
		t.Errorf("dropped %d, want 1", n)
	}
	if !slices.Equal(mahdia.AltNames, []string{"Mahdiya"}) {
		t.Errorf("Mahdia's names %q, want [Mahdiya]", mahdia.AltNames)
	}
	if atlantic.Name != "Atlantic" || !slices.Equal(atlantic.AltNames, []string{"Atlantic City"}) {
		t.Errorf("Atlantic, Iowa: %q %q, want its own name kept", atlantic.Name, atlantic.AltNames)
	}
}

func TestSeaNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"North Atlantic Ocean", []string{"North Atlantic"}},
		{"South Pacific Ocean", []string{"South Pacific"}},
		{"Arctic Ocean", nil}, // "Arctic" alone is the region
		{"Black Sea", nil},
	}
	for _, tt := range tests {
		if got := seaNames(tt.in, nil); !slices.Equal(got, tt.want) {
			t.Errorf("seaNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
