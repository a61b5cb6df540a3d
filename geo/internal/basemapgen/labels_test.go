package main

import (
	"testing"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
)

func TestLabelTextPicksANameTheFontCanDraw(t *testing.T) {
	tests := []struct {
		candidates []string
		want       string
	}{
		{[]string{"Ganja", "Ganca"}, "Ganja"},
		{[]string{"Gədəbəy", "Gadabay"}, "Gadabay"}, // the Go font has no ə
		{[]string{"", "Caribbean  Sea"}, "Caribbean Sea"},
		{[]string{"Ağrı"}, "Ağrı"},
		{[]string{"Xank?ndi", "Stepanakert"}, "Stepanakert"},
		{[]string{"", " "}, ""},
	}
	for _, tt := range tests {
		if got := labelText(tt.candidates...); got != tt.want {
			t.Errorf("labelText(%q) = %q, want %q", tt.candidates, got, tt.want)
		}
	}
}

func TestDropRepeatsKeepsOneOfATownListedTwice(t *testing.T) {
	labels := []basemap.Label{
		{Text: "Aktau", Point: orb.Point{0, 0}, MinZoom: 6},
		{Text: "Aktau", Point: orb.Point{5000, 0}, MinZoom: 5},
		{Text: "Aktau", Point: orb.Point{3e6, 0}, MinZoom: 7}, // another town of the name
		{Text: "Fort", Point: orb.Point{100, 0}, MinZoom: 6},
	}
	got := dropRepeats(labels)
	if len(got) != 3 || got[0].MinZoom != 5 || got[1].MinZoom != 7 || got[2].Text != "Fort" {
		t.Errorf("dropRepeats = %+v, want the Aktau shown first, the far Aktau and Fort", got)
	}
}
