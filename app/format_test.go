package app

import (
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

var window = eventtest.Window

func TestDateText(t *testing.T) {
	tests := []struct {
		name string
		w    *dates.Window
		want string
	}{
		{"undated", nil, "undated"},
		{"one day", window("2020-11-07", "2020-11-07", dates.Day), "7 Nov 2020 (to the day)"},
		{"night across two days", window("2020-11-06", "2020-11-07", dates.Day), "6–7 Nov 2020 (to the day)"},
		{"across months", window("2020-10-28", "2020-11-03", dates.Week), "28 Oct – 3 Nov 2020 (to the week)"},
		{"across years", window("2019-12-30", "2020-01-05", dates.Week), "30 Dec 2019 – 5 Jan 2020 (to the week)"},
		{"a month", window("2020-10-01", "2020-10-31", dates.Month), "1–31 Oct 2020 (to the month)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateText(tt.w); got != tt.want {
				t.Errorf("dateText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPlaceAndCountryText(t *testing.T) {
	armenia := &geo.Place{Name: "Armenia", Kind: geo.Country, Country: "AM"}
	countries := func(cc string) *geo.Place {
		if cc == "AM" {
			return armenia
		}
		return nil
	}
	tests := []struct {
		name               string
		place              *geo.Place
		wantPlace, wantCty string
	}{
		{"not resolved", nil, "unknown place", "—"},
		{"city in a division", &geo.Place{Name: "Goris", Kind: geo.City, Country: "AM", Admin1: "Syunik"},
			"Goris (city, Syunik)", "Armenia (AM)"},
		{"a country names no division", armenia, "Armenia (country)", "Armenia (AM)"},
		{"country unknown to the gazetteer", &geo.Place{Name: "Atlantis", Kind: geo.Region, Country: "ZZ"},
			"Atlantis (region)", "ZZ"},
		{"in no single country", &geo.Place{Name: "Caspian Sea", Kind: geo.Feature},
			"Caspian Sea (feature)", "—"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := placeText(tt.place); got != tt.wantPlace {
				t.Errorf("placeText = %q, want %q", got, tt.wantPlace)
			}
			if got := countryText(tt.place, countries); got != tt.wantCty {
				t.Errorf("countryText = %q, want %q", got, tt.wantCty)
			}
		})
	}
}

func TestOtherPlacesText(t *testing.T) {
	us := &geo.Place{Name: "United States", Kind: geo.Country, Country: "US"}
	countries := func(cc string) *geo.Place {
		if cc == "US" {
			return us
		}
		return nil
	}
	tests := []struct {
		name   string
		places []*geo.Place
		want   string
	}{
		{"a name of one place", nil, "—"},
		{"towns, each with its division and country", []*geo.Place{
			{Name: "Columbus", Kind: geo.City, Country: "US", Admin1: "Ohio"},
			{Name: "Columbus", Kind: geo.City, Country: "US", Admin1: "Indiana"}},
			"Columbus (city, Ohio), United States (US)\nColumbus (city, Indiana), United States (US)"},
		{"a country says no country twice", []*geo.Place{us}, "United States (country)"},
	}
	for _, tt := range tests {
		if got := otherPlacesText(tt.places, countries); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCountTextTellsNotStatedFromZero(t *testing.T) {
	zero, seven := 0, 7
	tests := []struct {
		n    *int
		want string
	}{
		{nil, "not stated"},
		{&zero, "0"},
		{&seven, "7"},
	}
	for _, tt := range tests {
		if got := countText(tt.n); got != tt.want {
			t.Errorf("countText(%v) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 10_000: "10,000", 1_234_567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestHomeShortened(t *testing.T) {
	t.Setenv("HOME", "/home/ann")
	tests := []struct{ path, want string }{
		{"/home/ann/news", "~/news"},
		{"/home/ann", "~"},
		{"/home/annex/news", "/home/annex/news"},
		{"/srv/news", "/srv/news"},
	}
	for _, tt := range tests {
		if got := homeShortened(tt.path); got != tt.want {
			t.Errorf("homeShortened(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}
