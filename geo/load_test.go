package geo

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
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

// manyPlaces returns n places over several blocks, sorted by ID: every
// tenth is a Springfield, a name whose places lie in every block.
func manyPlaces(n int) []*Place {
	places := make([]*Place, n)
	for i := range places {
		p := &Place{ID: fmt.Sprintf("geonames:%d", 1000+i), Name: fmt.Sprintf("Place %d", i),
			AltNames: []string{fmt.Sprintf("Plaçe No %d", i)}, Kind: Kind(i % 4), Feature: "PPL",
			Country: "US", Point: orb.Point{float64(i%360) - 180, float64(i%180) - 90}, Population: i}
		if i%10 == 0 {
			p.AltNames = append(p.AltNames, "Springfield")
		}
		places[i] = p
	}
	return places
}

func TestLoadRoundTrip(t *testing.T) {
	for _, places := range [][]*Place{testPlaces(), manyPlaces(300), nil} {
		var buf bytes.Buffer
		if _, err := New(places, testDemonyms).WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		g, err := Load(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if g.Len() != len(places) {
			t.Errorf("Len = %d, want %d", g.Len(), len(places))
		}
		for i, p := range places {
			if q := g.Places()[i]; !reflect.DeepEqual(q, p) {
				t.Errorf("place %d = %+v, want %+v", i, q, p)
			}
			if q := g.ByID(p.ID); q != g.Places()[i] {
				t.Errorf("ByID(%s) = %v", p.ID, q)
			}
		}
		if cc, ok := g.Demonym("azeri"); !ok || cc != "AZ" {
			t.Errorf("Demonym(azeri) = %q, %v", cc, ok)
		}
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
	otherHash := bytes.Clone(good)
	otherHash[len(fileHeader)+5] ^= 1 // the hash check, after the checksum and the version
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "header line missing"},
		{"no header", []byte("id\tname\n"), "header line missing"},
		{"v2", []byte(strings.Replace(fileHeader, "v3", "v2", 1)), "header line missing"},
		{"header only", []byte(fileHeader), "truncated"},
		{"truncated", good[:len(good)-10], "checksum"},
		{"half", good[:len(good)/2], "checksum"},
		{"corrupt byte", flipped, "checksum"},
		{"trailing garbage", append(bytes.Clone(good), 1, 2, 3), "checksum"},
		{"other hash", checksummed(otherHash), "text.KeyHash"},
	}
	for _, tt := range tests {
		if _, err := Load(tt.data); err == nil {
			t.Errorf("%s: Load succeeded, want an error", tt.name)
		} else if !strings.HasPrefix(err.Error(), "gazetteer: ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q, want one about the gazetteer saying %q", tt.name, err, tt.want)
		}
	}
	// Every truncation must fail cleanly, never panic.
	for n := range len(good) {
		if _, err := Load(good[:n]); err == nil {
			t.Fatalf("Load of the first %d bytes succeeded", n)
		}
	}
}

// Past the checksum, Load still checks the sizes it slices the file by: a
// file altered and checksummed again must not make it panic.
func TestLoadChecksummedDamage(t *testing.T) {
	var buf bytes.Buffer
	if _, err := New(manyPlaces(300), testDemonyms).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for i := len(fileHeader) + 4; i < len(good); i++ {
		for _, x := range []byte{1, 0x80, 0xff} {
			bad := bytes.Clone(good)
			bad[i] ^= x
			Load(checksummed(bad)) // an error or not, as long as it does not panic
		}
	}
}

// checksummed sets the checksum of a gazetteer file to match its content.
func checksummed(file []byte) []byte {
	body := file[len(fileHeader)+4:]
	binary.LittleEndian.PutUint32(file[len(fileHeader):], crc32.Checksum(body, castagnoli))
	return file
}
