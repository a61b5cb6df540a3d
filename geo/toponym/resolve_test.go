package toponym

import (
	"strings"
	"testing"

	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

// TestFollowHintedSense checks that a bare name takes the place a kind word
// chose for it elsewhere in the text, the last such word winning, and only
// where its words open the hinted name.
func TestFollowHintedSense(t *testing.T) {
	city := &geo.Place{ID: "city", Name: "Idlib", Kind: geo.City, Feature: "PPLA", Country: "SY", Admin1: "09", Point: orb.Point{36.63, 35.93}, Population: 165000}
	region := &geo.Place{ID: "region", Name: "Idlib", Kind: geo.Region, Feature: "ADM1", Country: "SY", Admin1: "09", Point: orb.Point{36.5, 35.75}, Population: 1500000}
	other := &geo.Place{ID: "other", Name: "Idlib Hills", Kind: geo.Region, Feature: "RGN", Country: "SY", Point: orb.Point{36.4, 35.6}}
	syria := &geo.Place{ID: "sy", Name: "Syria", Kind: geo.Country, Feature: "PCLI", Country: "SY", Point: orb.Point{38, 35}, Population: 17000000}
	c := NewGeocoder(geo.New([]*geo.Place{city, region, other, syria}, nil))
	tests := []struct {
		text string
		want []string // place IDs, in order
	}{
		{"Fighting in Syria went on in Idlib.", []string{"sy", "city"}},
		{"Fighting in the Idlib region of Syria went on in Idlib.", []string{"region", "sy", "region"}},
		{"In Idlib, in Syria, and later in the Idlib region.", []string{"region", "sy", "region"}},
		{"The Idlib region and Idlib city of Syria, and fighting in Idlib.", []string{"region", "city", "sy", "city"}},
		{"Idlib city and the Idlib region of Syria, and fighting in Idlib.", []string{"city", "region", "sy", "region"}},
		{"The Idlib Hills region of Syria, and fighting in Idlib.", []string{"other", "sy", "city"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range analyze(c, tt.text).Places {
			got = append(got, m.Place.ID)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}
