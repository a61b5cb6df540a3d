package toponym

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeocodeGlobal reads short news articles from outside the Caucasus
// (testdata/global) with the bundled gazetteer. Each lists places that must
// be found, as "Name/CC" (the gazetteer's name and country code, "" for
// seas), and traps that must not: a place read into part of a longer name
// ("Rapid" of the Rapid Support Forces), an organisation (or a place named in
// one, which may only be a mention in its name), a person, the
// small namesake of a capital, the two ends of a road, a capital standing
// for its government.
func TestGeocodeGlobal(t *testing.T) {
	c := defaultGeocoder(t)
	tests := []struct {
		file    string
		want    []string // Name/CC of places that must be found
		notText []string // surfaces that must not be taken for places
		notCC   []string // countries no place may be in
	}{
		{"ukraine.txt", []string{"Kharkiv/UA", "Vovchansk/UA", "Donetsk/UA", "Kostiantynivka/UA",
			"Black Sea/", "Crimea/UA", "Belgorod Oblast/RU", "Russia/RU"},
			[]string{"Odesa", "Kyiv", "Kyiv Independent"}, nil},
		{"gaza.txt", []string{"Khān Yūnis/PS", "Rafaḩ/PS", "Egypt/EG", "Gaza Strip/PS", "Cairo/EG"},
			[]string{"Balah", "Red Cross", "Borders", "United Nations"}, nil},
		{"lebanon.txt", []string{"Tyre/LB", "Beirut/LB", "Qiryat Shmona/IL", "Israel/IL"},
			[]string{"Kila", "Kafr Kila"}, []string{"DE"}},
		{"yemen.txt", []string{"Yemen/YE", "Gulf of Aden/", "Gaza/PS", "Bab el Mandeb/"},
			nil, []string{"MZ"}},
		{"sudan.txt", []string{"El Fasher/SD", "Port Sudan/SD", "Red Sea/", "Chad/TD", "Adré/TD",
			"Khartoum/SD", "Omdurman/SD"},
			[]string{"Rapid"}, []string{"US"}},
		{"sahel.txt", []string{"Djibo/BF", "Burkina Faso/BF", "Mali/ML", "Niger/NE", "Ménaka/ML",
			"Niamey/NE", "Ouagadougou/BF"},
			[]string{"Africa", "Sahel"}, nil},
		{"myanmar.txt", []string{"Chin State/MM", "Rakhine/MM", "Nay Pyi Taw/MM", "Cox’s Bāzār/BD",
			"Bay of Bengal/", "Yangon/MM", "Bangladesh/BD"},
			[]string{"Arakan", "Cox"}, []string{"ES"}},
		{"syria.txt", []string{"Aleppo/SY", "Idlib/SY", "Ḩamāh/SY", "Homs/SY", "Turkey/TR"},
			[]string{"Damascus", "Sham"}, nil},
		{"congo.txt", []string{"Sake/CD", "Goma/CD", "North Kivu/CD", "Lake Kivu/CD", "Bukavu/CD", "Rwanda/RW"},
			[]string{"Kinshasa", "Kigali"}, nil},
		{"haiti.txt", []string{"Port-au-Prince/HT", "Haiti/HT", "Cap-Haïtien/HT", "Dominican Republic/DO",
			"Paris/FR"},
			[]string{"Port"}, nil},
		{"kashmir.txt", []string{"Pahlgām/IN", "Srinagar/IN", "Pakistan/PK"},
			[]string{"New Delhi", "Islamabad", "Human"}, []string{"UA"}},
		{"taiwan.txt", []string{"China/CN", "Taiwan/TW", "Taiwan Strait/", "Taipei/TW", "Fujian/CN",
			"Philippines/PH", "South China Sea/"},
			[]string{"Beijing"}, nil},
		{"diplomacy.txt", []string{"Jordan/JO", "Amman/JO", "Vienna/AT"},
			[]string{"Georgia", "King", "Paris", "Berlin", "Europe", "America"}, []string{"GE"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", "global", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			ms := analyze(c, string(text)).Places
			got := map[string]bool{}
			var all []string
			for _, m := range ms {
				if m.InName {
					continue // a place mention, but no place anything happened in
				}
				key := m.Place.Name + "/" + m.Place.Country
				got[key] = true
				all = append(all, m.Text+"="+key)
				for _, trap := range tt.notText {
					if m.Text == trap {
						t.Errorf("%q taken for %s", m.Text, key)
					}
				}
				for _, cc := range tt.notCC {
					if m.Place.Country == cc {
						t.Errorf("%q resolved to %s in %s", m.Text, m.Place.ID, cc)
					}
				}
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("%s not found; got %s", w, strings.Join(all, ", "))
				}
			}
		})
	}
}

// TestGeocodeQualifiedAndRoutes checks, with the bundled gazetteer, that a
// state after a comma picks the small namesake of a capital, and that the
// ends of a road named after them are not places.
func TestGeocodeQualifiedAndRoutes(t *testing.T) {
	c := defaultGeocoder(t)
	tests := []struct {
		text string
		want []string // Name/CC of every place found, in order
	}{
		{"The farmers met in Paris, Texas, on Monday.", []string{"Paris/US", "Texas/US"}},
		{"The U.S. envoy flew to Paris on Monday.", []string{"United States/US", "Paris/FR"}},
		{"Azerbaijanis blocked the Stepanakert-Goris road near the border.", nil},
		{"Debris fell on the Kyiv–Odesa highway.", nil},
		{"Fighting in the Donetsk region and Russia's Kursk region.", []string{"Donetsk/UA", "Russia/RU", "Kursk Oblast/RU"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range analyze(c, tt.text).Places {
			got = append(got, m.Place.Name+"/"+m.Place.Country)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Geocode(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
