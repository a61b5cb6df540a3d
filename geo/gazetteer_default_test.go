package geo

import (
	"fmt"
	"slices"
	"testing"

	"github.com/chronomap/chronomap/assets"
	"github.com/chronomap/chronomap/data/text"
)

// These tests read the real bundled gazetteer (assets/gazetteer.bin).

func defaultGazetteerT(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func TestDefaultKnownSpellings(t *testing.T) {
	g := defaultGazetteerT(t)
	tests := []struct{ name, wantID string }{
		{"Stepanakert", "geonames:146970"},
		{"Khankendi", "geonames:146970"},
		{"Xankəndi", "geonames:146970"},
		{"Shushi", "geonames:147105"},
		{"Shusha", "geonames:147105"},
		{"Susa", "geonames:147105"},
		{"Şuşa", "geonames:147105"},
		{"Ganja", "geonames:586523"},
		{"Gyanja", "geonames:586523"},
		{"Gəncə", "geonames:586523"},
		{"Terter", "geonames:584871"},
		{"Tartar", "geonames:584871"},
		{"Aghdam", "geonames:148619"},
		{"Agdam", "geonames:148619"},
		{"Jabrayil", "geonames:148141"},
		{"Jebrail", "geonames:148141"},
		{"Baku", "geonames:587084"},
		{"Yerevan", "geonames:616052"},
		{"Moscow", "geonames:524901"},
		{"Syunik Province", "geonames:409314"},
		{"Fizuli District", "geonames:148107"},
		{"Lake Sevan", "ne:lake:lake-sevan"},
		{"Caspian Sea", "ne:sea:caspian-sea"},
		{"Caucasus Mountains", "ne:region:caucasus-mountains"},
		{"Kura River", "ne:river:kura"},
	}
	for _, tt := range tests {
		ps := g.Lookup(text.Fold(tt.name))
		if !slices.ContainsFunc(ps, func(p *Place) bool { return p.ID == tt.wantID }) {
			t.Errorf("Lookup(%q) = %v, want it to contain %s", tt.name, ids(ps), tt.wantID)
		}
	}
}

func ids(ps []*Place) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func TestDefaultCountries(t *testing.T) {
	g := defaultGazetteerT(t)
	tests := []struct{ name, cc string }{
		{"the United States", "US"}, {"United States of America", "US"}, {"U.S.", "US"}, {"US", "US"},
		{"USA", "US"}, {"Britain", "GB"}, {"UK", "GB"}, {"U.K.", "GB"}, {"Türkiye", "TR"}, {"Turkey", "TR"},
		{"Russia", "RU"}, {"Russian Federation", "RU"}, {"South Korea", "KR"}, {"North Korea", "KP"},
		{"Iran", "IR"}, {"Syria", "SY"}, {"Czechia", "CZ"}, {"Czech Republic", "CZ"}, {"Ivory Coast", "CI"},
		{"Côte d'Ivoire", "CI"}, {"Burma", "MM"}, {"Azerbaijan", "AZ"}, {"Armenia", "AM"}, {"Georgia", "GE"},
	}
	for _, tt := range tests {
		ps := g.Lookup(text.Fold(tt.name))
		if len(ps) == 0 || ps[0].Kind != Country || ps[0].Country != tt.cc {
			t.Errorf("Lookup(%q) = %v, want the country %s first", tt.name, ids(ps), tt.cc)
		}
	}
	for _, p := range g.Places() {
		if p.Kind == Country && (g.Country(p.Country) != p || p.Feature != "PCLI" || p.Point == (Place{}).Point) {
			t.Errorf("country %s %s: Country() = %v, feature %q, point %v", p.Country, p.Name, g.Country(p.Country), p.Feature, p.Point)
		}
	}
	if n := len(g.countries); n < 240 {
		t.Errorf("%d countries, want every country of countryInfo (about 250)", n)
	}
}

func TestDefaultDemonyms(t *testing.T) {
	g := defaultGazetteerT(t)
	tests := []struct{ demonym, cc string }{
		{"Azerbaijani", "AZ"}, {"Azeri", "AZ"}, {"Armenian", "AM"}, {"Russian", "RU"}, {"Turkish", "TR"},
		{"American", "US"}, {"British", "GB"}, {"French", "FR"}, {"Syrian", "SY"}, {"Libyan", "LY"},
		{"Iranian", "IR"}, {"Georgian", "GE"}, {"Ukrainian", "UA"}, {"Israeli", "IL"}, {"Palestinian", "PS"},
	}
	for _, tt := range tests {
		if cc, ok := g.Demonym(text.Fold(tt.demonym)); !ok || cc != tt.cc {
			t.Errorf("Demonym(%q) = %q, %v, want %s", tt.demonym, cc, ok, tt.cc)
		}
	}
}

func TestDefaultRegions(t *testing.T) {
	g := defaultGazetteerT(t)
	regions := 0
	for _, p := range g.Places() {
		if p.Feature != "ADM1" {
			continue
		}
		regions++
		if p.Kind != Region || p.Country == "" || p.Point == (Place{}).Point {
			t.Errorf("admin1 %s %s: kind %v, country %q, point %v", p.ID, p.Name, p.Kind, p.Country, p.Point)
		}
	}
	if regions < 3500 {
		t.Errorf("%d first-level divisions, want those of admin1CodesASCII (about 3,800)", regions)
	}
	// Admin1 names of cities come from admin1CodesASCII.
	if p := g.ByID("geonames:616052"); p == nil || p.Admin1 != "Yerevan" {
		t.Errorf("ByID(Yerevan) = %+v, want Admin1 Yerevan", p)
	}
}

// BenchmarkLoad is what loading the bundled gazetteer costs: checking the
// file and decoding its preamble.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(assets.Gazetteer); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := defaultGazetteerT(b)
	names := []string{"stepanakert", "moscow", "united states", "the", "nagorno karabakh", "xyzzy"}
	for b.Loop() {
		for _, n := range names {
			g.Lookup(n)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(names)), "ns/lookup")
}

// The Bloom filter of names and word prefixes turns away nearly every
// phrase that starts no name: the filter it replaced let 0.57% through.
func TestDefaultMayStartName(t *testing.T) {
	g := defaultGazetteerT(t)
	false := 0
	const n = 200000
	for i := range n {
		if g.MayStartName(text.KeyHash(fmt.Sprintf("qx%dzq", i))) {
			false++
		}
	}
	t.Logf("%.3f%% false positives", 100*float64(false)/n)
	if rate := float64(false) / n; rate > 0.0057 {
		t.Errorf("%.3f%% false positives, want at most 0.57%%", 100*rate)
	}
}
