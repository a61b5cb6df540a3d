package geo

import (
	"reflect"
	"testing"
)

func TestGeonameID(t *testing.T) {
	tests := []struct {
		id string
		n  uint64
		ok bool
	}{
		{"geonames:146970", 146970, true},
		{"geonames:0", 0, false},
		{"geonames:0146970", 0, false}, // Load would rebuild it without the zero
		{"geonames:+1", 0, false},
		{"geonames:", 0, false},
		{"ne:lake:lake-sevan", 0, false},
		{"geonames:99999999999999999999", 0, false},
	}
	for _, tt := range tests {
		if n, ok := geonameID(tt.id); n != tt.n || ok != tt.ok {
			t.Errorf("geonameID(%q) = %d, %v, want %d, %v", tt.id, n, ok, tt.n, tt.ok)
		}
	}
}

func TestPlaceBlocksRoundTrip(t *testing.T) {
	places := append(manyPlaces(200), testPlaces()...)
	places = append(places, &Place{ID: "geonames:012", Name: "Leading zero"}, &Place{Name: "No ID"})
	shared := sharedStrings(places)
	table, data := placeBlocksOf(places, shared)
	b := placeBlocks{n: len(places), shift: blockBits, table: table, data: data, shared: shared.sorted()}
	if blocks := (len(places) + 1<<blockBits - 1) >> blockBits; len(table) != 8*blocks {
		t.Fatalf("table of %d bytes for %d blocks", len(table), blocks)
	}
	for k := range len(table) / 8 {
		blk, err := b.decode(k)
		if err != nil {
			t.Fatalf("block %d: %v", k, err)
		}
		for i := range blk.places {
			if want := places[k<<blockBits+i]; !reflect.DeepEqual(&blk.places[i], want) {
				t.Errorf("place %d = %+v, want %+v", k<<blockBits+i, blk.places[i], want)
			}
		}
	}
}
