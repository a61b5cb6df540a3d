package toponym

import (
	"slices"
	"testing"
)

// TestGeocodeDefault runs sentences from the sample articles against the
// bundled gazetteer.
func TestGeocodeDefault(t *testing.T) {
	c := defaultGeocoder(t)
	tests := []struct {
		text string
		want []string // country code and kind of each mention, in order
	}{
		{"Azerbaijani forces said Ganja came under fire.", []string{"Ganja AZ city"}},
		{"BAKU, October 3. /AGENCY/. A shepherd was killed in Terter.", []string{"BAKU AZ city", "Terter AZ city"}},
		{"Armenian officials said the town of Berd in Tavush came under fire.", []string{"Berd AM city", "Tavush AM region"}},
		{"Shelling hit Goris and Kapan in Armenia.", []string{"Goris AM city", "Kapan AM city", "Armenia AM country"}},
		{"Russian President Vladimir Putin discussed the conflict with French President Emmanuel Macron. Putin and Macron expressed concern, the Kremlin said.", nil},
		{"Secretary of State John Kerry spoke to Aliyev. Kerry said the OSCE Minsk Group would meet.", []string{"Minsk BY city in a name"}},
		{"Baku says one civilian was killed.", nil},
		{"outside the town of Shushi (Susa in Azeri)", []string{"Shushi AZ city", "Susa AZ city"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range analyze(c, tt.text).Places {
			s := m.Text + " " + m.Place.Country + " " + m.Place.Kind.String()
			if m.InName {
				s += " in a name"
			}
			got = append(got, s)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Geocode(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
