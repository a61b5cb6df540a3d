package geo

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func testPlaces() []*Place {
	return []*Place{
		{ID: "geonames:146970", Name: "Xankandi", AltNames: []string{"Stepanakert", "Xankəndi", "Khankendi"},
			Kind: City, Feature: "PPL", Country: "AZ", Admin1: "Xankǝndi", Point: orb.Point{46.7528, 39.8177}, Population: 53100},
		{ID: "geonames:587116", Name: "Azerbaijan", AltNames: []string{"Republic of Azerbaijan"}, Kind: Country,
			Feature: "PCLI", Country: "AZ", Point: orb.Point{47.65973, 40.34583}, Population: 10224900},
		{ID: "geonames:147163", Name: "Shusha", AltNames: []string{"Shusha District", "Şuşa"}, Kind: Region,
			Feature: "ADM1", Country: "AZ", Admin1: "Shusha", Point: orb.Point{46.65798, 39.70266}},
		{ID: "geonames:147105", Name: "Şuşa", AltNames: []string{"Shushi", "Shusha"}, Kind: City, Feature: "PPLA",
			Country: "AZ", Admin1: "Shusha", Point: orb.Point{46.74989, 39.76006}, Population: 18662},
		{ID: "ne:lake:lake-sevan", Name: "Lake Sevan", AltNames: []string{"Sevan Lake"}, Kind: Feature,
			Feature: "LK", Country: "AM", Point: orb.Point{45.33643, 40.34706}},
		{ID: "curated:south-caucasus", Name: "South Caucasus", AltNames: []string{"Transcaucasia"}, Kind: Region,
			Point: orb.Point{45.595, 41.004}},
	}
}

var testDemonyms = map[string]string{"Azerbaijani": "AZ", "Azeri": "AZ"}

func TestLoadRoundTrip(t *testing.T) {
	want := New(testPlaces(), testDemonyms)
	var buf bytes.Buffer
	if _, err := want.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Load(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got.Len() != want.Len() || got.MaxWords() != want.MaxWords() {
		t.Errorf("Len, MaxWords = %d, %d, want %d, %d", got.Len(), got.MaxWords(), want.Len(), want.MaxWords())
	}
	for i, p := range want.Places() {
		if q := got.Places()[i]; !reflect.DeepEqual(q, p) {
			t.Errorf("place %d = %+v, want %+v", i, q, p)
		}
		if q := got.ByID(p.ID); q == nil || q.ID != p.ID {
			t.Errorf("ByID(%s) = %v", p.ID, q)
		}
	}
	for _, name := range []string{"stepanakert", "shusha", "susa", "azerbaijan", "sevan lake", "transcaucasia", "nowhere"} {
		if g, w := ids(got.Lookup(name)), ids(want.Lookup(name)); !reflect.DeepEqual(g, w) {
			t.Errorf("Lookup(%q) = %v, want %v", name, g, w)
		}
	}
	if cc, ok := got.Demonym("azeri"); !ok || cc != "AZ" {
		t.Errorf("Demonym(azeri) = %q, %v", cc, ok)
	}
	if c := got.Country("AZ"); c == nil || c.Name != "Azerbaijan" {
		t.Errorf("Country(AZ) = %v", c)
	}
}

// The file is a function of the content alone, so that the committed file
// can be checked against a fresh build.
func TestWriteToDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := New(testPlaces(), testDemonyms).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := New(testPlaces(), testDemonyms).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of one gazetteer differ")
	}
	if !strings.HasPrefix(a.String(), "# Chronomap gazetteer v1: generated") {
		t.Errorf("file starts %q, want a header line saying it is generated", a.String()[:40])
	}
}

func TestLoadBadInput(t *testing.T) {
	var buf bytes.Buffer
	if _, err := New(testPlaces(), testDemonyms).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	flipped := bytes.Clone(good)
	flipped[len(flipped)-30] ^= 0xff
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"no header", []byte("id\tname\n")},
		{"header only", []byte(fileHeader)},
		{"truncated", good[:len(good)-10]},
		{"half", good[:len(good)/2]},
		{"corrupt byte", flipped},
		{"trailing garbage", append(bytes.Clone(good), 1, 2, 3)},
	}
	for _, tt := range tests {
		if _, err := Load(tt.data); err == nil {
			t.Errorf("%s: Load succeeded, want an error", tt.name)
		} else if !strings.HasPrefix(err.Error(), "gazetteer: ") {
			t.Errorf("%s: error %q does not say it is about the gazetteer", tt.name, err)
		}
	}
	// Every truncation must fail cleanly, never panic.
	for n := range len(good) {
		if _, err := Load(good[:n]); err == nil {
			t.Fatalf("Load of the first %d bytes succeeded", n)
		}
	}
}
