package main

import (
	"slices"
	"testing"

	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

func TestBareAdmin2Name(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Afrin District", "Afrin"},
		{"Vinnytsya Raion", "Vinnytsya"},
		{"Chernigovskiy Rayon", "Chernigovskiy"},
		{"Rayon Altay", "Altay"},
		{"Kuluncak İlçesi", "Kuluncak"},
		{"Shahrestān-e Dehlorān", "Dehlorān"},
		{"Caza de Tyr", "Tyr"},
		{"Cercle de Yélimané", "Yélimané"},
		{"Gedeo Zone", "Gedeo"},
		{"Kadıköy", "Kadıköy"},
		{"Ketu North District", "Ketu North District"}, // "Ketu North" alone: kept whole
		{"District", ""},
	}
	for _, tt := range tests {
		if got := bareAdmin2Name(tt.in); got != tt.want {
			t.Errorf("bareAdmin2Name(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDesignatedAdmin2Names(t *testing.T) {
	tests := []struct {
		a    admin2
		want []string
	}{
		{admin2{cc: "SY", name: "Afrin District", ascii: "Afrin District"}, []string{"Afrin District", "Afrin District"}},
		{admin2{cc: "UA", name: "Bakhmut Raion", ascii: "Bakhmut Raion"},
			[]string{"Bakhmut Raion", "Bakhmut Rayon", "Bakhmut District", "Bakhmut Raion", "Bakhmut Rayon", "Bakhmut District"}},
		{admin2{cc: "IR", name: "Shahrestān-e Dehlorān", ascii: "Shahrestan-e Dehloran"}, []string{"Dehlorān County", "Dehloran County"}},
		{admin2{cc: "GB", name: "Surrey", ascii: "Surrey"}, nil}, // bare names only: left out for now
		{admin2{cc: "GH", name: "Ketu North District", ascii: "Ketu North District"}, []string{"Ketu North District", "Ketu North District"}},
		// Nigeria's local government areas go by their bare names in
		// GeoNames, and in news with "LGA" or in full.
		{admin2{cc: "NG", name: "Guma", ascii: "Guma"},
			[]string{"Guma LGA", "Guma Local Government Area", "Guma LGA", "Guma Local Government Area"}},
		{admin2{cc: "CD", name: "Masisi Territory", ascii: "Masisi Territory"}, []string{"Masisi Territory", "Masisi Territory"}},
	}
	for _, tt := range tests {
		if got := designatedAdmin2Names(&tt.a); !slices.Equal(got, tt.want) {
			t.Errorf("designatedAdmin2Names(%s %s) = %q, want %q", tt.a.cc, tt.a.name, got, tt.want)
		}
	}
}

func TestUSCounties(t *testing.T) {
	admin1s := map[string]*admin1{
		"US.KY": {key: "US.KY", name: "Kentucky"},
		"US.LA": {key: "US.LA", name: "Louisiana"},
		"US.DC": {key: "US.DC", name: "District of Columbia"},
	}
	admin2s := map[string]*admin2{
		"US.KY.125": {key: "US.KY.125", cc: "US", admin1Key: "US.KY", name: "Laurel County", ascii: "Laurel County", geonameID: 4297480},
		// A code that does not match the Census one: joined by name.
		"US.LA.999": {key: "US.LA.999", cc: "US", admin1Key: "US.LA", name: "Orleans Parish", ascii: "Orleans Parish", geonameID: 4336191},
	}
	counties := []censusCounty{
		{state: "KY", geoid: "21125", name: "Laurel County", point: orb.Point{-84.119395, 37.113268}},
		{state: "LA", geoid: "22071", name: "Orleans Parish", point: orb.Point{-89.939007, 30.068636}},
		{state: "KY", geoid: "21235", name: "Whitley County", point: orb.Point{-84.14, 36.76}},
		{state: "DC", geoid: "11001", name: "District of Columbia", point: orb.Point{-77.01, 38.9}}, // its state
		{state: "PR", geoid: "72001", name: "Adjuntas Municipio", point: orb.Point{-66.75, 18.18}},  // no US state
	}
	towns := map[string][]*city{"US.KY.125": {{Place: &geo.Place{Population: 1000}}, {Place: &geo.Place{Population: 500}}}}
	got := usCounties(counties, admin2s, admin1s, towns)
	want := []geo.Place{
		{ID: "geonames:4297480", Name: "Laurel County", Admin1: "Kentucky", Point: orb.Point{-84.119395, 37.113268}, Population: 1500},
		{ID: "geonames:4336191", Name: "Orleans Parish", Admin1: "Louisiana", Point: orb.Point{-89.939007, 30.068636}},
		{ID: "census:21235", Name: "Whitley County", Admin1: "Kentucky", Point: orb.Point{-84.14, 36.76}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d counties, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.ID || g.Name != w.Name || g.Admin1 != w.Admin1 || g.Point != w.Point || g.Population != w.Population ||
			g.Kind != geo.Region || g.Feature != "ADM2" || g.Country != "US" || len(g.AltNames) != 0 {
			t.Errorf("county %d: got %+v, want %+v (a region, ADM2, in the US, no bare name)", i, *g, w)
		}
	}
}

func TestAdmin2Seats(t *testing.T) {
	town := func(id int, name, feature string, pop int, alts ...string) *city {
		return &city{Place: &geo.Place{Name: name, Feature: feature, Population: pop, AltNames: alts, Point: orb.Point{float64(id), 0}}, geonameID: id}
	}
	seat := town(1, "Smallseat", "PPLA2", 100)
	big := town(2, "Bigtown", "PPL", 9000)
	if got := admin2Seat([]*city{big, seat}); got != seat {
		t.Errorf("admin2Seat: got %v, want the PPLA2 over a bigger town", got.Name)
	}
	if got := admin2Seat([]*city{town(3, "A", "PPL", 5), town(4, "B", "PPL", 50)}); got.Name != "B" {
		t.Errorf("admin2Seat without a PPLA2: got %v, want the most populous", got.Name)
	}
	afrin := town(5, "‘Afrīn", "PPL", 36000, "Afrin")
	a := &admin2{cc: "SY", name: "Afrin District", ascii: "Afrin District"}
	if got := namesakeSeat(a, []*city{big, afrin}); got != afrin {
		t.Errorf("namesakeSeat: got %v, want Afrin", got)
	}
	admin2s := map[string]*admin2{
		"SY.09.1": {key: "SY.09.1", cc: "SY", admin1Key: "SY.09", name: "Afrin District", ascii: "Afrin District", geonameID: 174184},
		"SY.09.2": {key: "SY.09.2", cc: "SY", admin1Key: "SY.09", name: "Nowhere District", ascii: "Nowhere District", geonameID: 7},
		"GB.EN.1": {key: "GB.EN.1", cc: "GB", admin1Key: "GB.EN", name: "Surrey", ascii: "Surrey", geonameID: 8},
	}
	admin1s := map[string]*admin1{"SY.09": {name: "Aleppo"}}
	got, noSeat := otherAdmin2s(admin2s, admin1s, map[string][]*city{"GB.EN.1": {big}}, map[string][]*city{"SY.09": {big, afrin}})
	if len(got) != 1 || noSeat != 1 {
		t.Fatalf("got %d divisions, %d without a seat; want Afrin District only, and Nowhere without a seat", len(got), noSeat)
	}
	if p := got[0]; p.ID != "geonames:174184" || p.Name != "Afrin District" || p.Admin1 != "Aleppo" || p.Point != afrin.Point || p.Feature != "ADM2" {
		t.Errorf("got %+v, want Afrin District at Afrin", *p)
	}
}
