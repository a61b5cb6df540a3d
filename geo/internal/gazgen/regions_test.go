package main

import (
	"slices"
	"testing"

	"github.com/chronomap/chronomap/geo"
)

func TestStripDesignation(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zangilan District", "Zangilan"},
		{"Shamkir Rayon", "Shamkir"},
		{"Al Muthanna Governorate", "Al Muthanna"},
		{"Moscow Oblast", "Moscow Oblast"}, // not what "Moscow" means
		{"Northern Region", "Northern Region"},
		{"Shusha", "Shusha"},
		{"District", "District"},
	}
	for _, tt := range tests {
		if got := stripDesignation(tt.in, bareDesignations); got != tt.want {
			t.Errorf("stripDesignation(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRegionNames(t *testing.T) {
	fuzuli := &city{Place: &geo.Place{Name: "Fizuli", AltNames: []string{"Füzuli", "Fuzuli"}}}
	tests := []struct {
		a        admin1
		cc       string
		namesake *city
		want     []string // among the names
	}{
		{admin1{name: "Syunik", ascii: "Syunik"}, "AM", nil, []string{"Syunik Province"}},
		{admin1{name: "Fuzuli District", ascii: "Fuzuli District"}, "AZ", fuzuli,
			[]string{"Fuzuli", "Fizuli District", "Fizuli Rayon"}},
		{admin1{name: "Nevşehir Province", ascii: "Nevsehir Province"}, "TR", nil, []string{"Nevşehir"}},
		{admin1{name: "Idlib", ascii: "Idlib"}, "SY", nil, []string{"Idlib Governorate", "Idlib Province"}},
		{admin1{name: "Western Darfur", ascii: "Western Darfur"}, "SD", nil, []string{"West Darfur", "West Darfur State"}},
	}
	for _, tt := range tests {
		got := regionNames(&tt.a, tt.cc, tt.namesake)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("regionNames(%s, %s) = %q, want it to contain %q", tt.a.name, tt.cc, got, w)
			}
		}
	}
}

func TestShortDirection(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Western Darfur", "West Darfur"},
		{"Northern Kordofan", "North Kordofan"},
		{"Eastern Equatoria", "East Equatoria"},
		{"Southern", ""},
		{"Southern Region", ""},
		{"Westernport", ""},
		{"Kidal", ""},
	}
	for _, tt := range tests {
		if got := shortDirection(tt.in); got != tt.want {
			t.Errorf("shortDirection(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAdjectivalBase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kharkivs'ka Oblast'", "Kharkiv"},
		{"L'vivs'ka Oblast'", "L'viv"},
		{"Belgorod Oblast", ""},
		{"Zhytomyr", ""},
	}
	for _, tt := range tests {
		if got := adjectivalBase(tt.in); got != tt.want {
			t.Errorf("adjectivalBase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
