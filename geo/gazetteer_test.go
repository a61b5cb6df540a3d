package geo

import (
	"reflect"
	"testing"
)

func TestLookup(t *testing.T) {
	g := New(testPlaces(), testDemonyms)
	tests := []struct {
		folded string
		want   []string
	}{
		{"stepanakert", []string{"geonames:146970"}},
		{"xankendi", []string{"geonames:146970"}},
		// A town before the district named after it.
		{"shusha", []string{"geonames:147105", "geonames:147163"}},
		{"azerbaijan", []string{"geonames:587116"}},
		{"lake sevan", []string{"ne:lake:lake-sevan"}},
		{"sevan", nil},
		{"", nil},
		{"zzz", nil},
	}
	for _, tt := range tests {
		if got := ids(g.Lookup(tt.folded)); !reflect.DeepEqual(got, tt.want) && (len(got) > 0 || len(tt.want) > 0) {
			t.Errorf("Lookup(%q) = %v, want %v", tt.folded, got, tt.want)
		}
	}
}

func TestLookupResultCannotClobber(t *testing.T) {
	g := New(testPlaces(), testDemonyms)
	ps := g.Lookup("shusha")
	_ = append(ps, nil) // a caller's append must not write into the next name's places
	if got := ids(g.Lookup("shushi")); !reflect.DeepEqual(got, []string{"geonames:147105"}) {
		t.Errorf("Lookup(shushi) = %v after an append to another result", got)
	}
}

func TestGazetteerAccessors(t *testing.T) {
	g := New(testPlaces(), testDemonyms)
	if p := g.ByID("geonames:147105"); p == nil || p.Name != "Şuşa" {
		t.Errorf("ByID = %v", p)
	}
	if p := g.ByID("geonames:1"); p != nil {
		t.Errorf("ByID(unknown) = %v, want nil", p)
	}
	if c := g.Country("AZ"); c == nil || c.ID != "geonames:587116" {
		t.Errorf("Country(AZ) = %v", c)
	}
	if cc, ok := g.Demonym("azerbaijani"); !ok || cc != "AZ" {
		t.Errorf("Demonym(azerbaijani) = %q, %v", cc, ok)
	}
	if _, ok := g.Demonym("martian"); ok {
		t.Error("Demonym(martian) found")
	}
	if g.Len() != 6 || g.MaxWords() != 3 {
		t.Errorf("Len, MaxWords = %d, %d, want 6, 3", g.Len(), g.MaxWords())
	}
}
