package geo

import (
	"cmp"
	"encoding/binary"
	"reflect"
	"slices"
	"testing"

	"github.com/chronomap/chronomap/data/text"
)

func TestIndexNames(t *testing.T) {
	places := testPlaces()
	names, maxWords := indexNames(places)
	if maxWords != 3 {
		t.Errorf("maxWords = %d, want 3 (republic of azerbaijan)", maxWords)
	}
	if !slices.IsSortedFunc(names, func(a, b *nameKey) int { return cmp.Compare(a.hash, b.hash) }) {
		t.Error("names not sorted by hash")
	}
	byKey := map[string]*nameKey{}
	for _, n := range names {
		byKey[n.key] = n
		if n.hash != text.KeyHash(n.key) {
			t.Errorf("%q: hash %x, want text.KeyHash", n.key, n.hash)
		}
	}
	tests := []struct {
		key    string
		places []int
		j      int
	}{
		{"stepanakert", []int{0}, 1},
		{"xankendi", []int{0}, 2},
		// The town, more populous, before the district; the key is the town's name.
		{"shusha", []int{3, 2}, 2},
		{"susa", []int{3, 2}, 0},
		{"transcaucasia", []int{5}, 1},
	}
	for _, tt := range tests {
		n := byKey[tt.key]
		if n == nil || !reflect.DeepEqual(n.places, tt.places) || n.j != tt.j {
			t.Errorf("%q: %+v, want places %v and name %d", tt.key, n, tt.places, tt.j)
		}
	}
}

// A place whose names fold alike is listed once under their key.
func TestIndexNamesOncePerPlace(t *testing.T) {
	names, _ := indexNames([]*Place{{Name: "Baku", AltNames: []string{"BAKU", "Bakú"}}, {Name: "Baku"}})
	if len(names) != 1 || !reflect.DeepEqual(names[0].places, []int{0, 1}) || names[0].j != 0 {
		t.Errorf("names = %+v, want baku of places 0 and 1", names)
	}
}

func TestNameBuckets(t *testing.T) {
	names, _ := indexNames(manyPlaces(300))
	const bucketBits = 4
	b := nameBuckets(names, bucketBits)
	if len(b) != 4*(1<<bucketBits+1) {
		t.Fatalf("%d bytes, want %d", len(b), 4*(1<<bucketBits+1))
	}
	for k := range 1 << bucketBits {
		lo, hi := binary.LittleEndian.Uint32(b[4*k:]), binary.LittleEndian.Uint32(b[4*k+4:])
		for i := lo; i < hi; i++ {
			if bucket := names[i].hash >> (64 - bucketBits); bucket != uint64(k) {
				t.Errorf("name %d of bucket %d has a hash of bucket %d", i, k, bucket)
			}
		}
	}
	if last := binary.LittleEndian.Uint32(b[len(b)-4:]); last != uint32(len(names)) {
		t.Errorf("last bucket ends at %d, want %d", last, len(names))
	}
}

func TestNameEntries(t *testing.T) {
	names := []*nameKey{
		{key: "a", places: []int{5}, j: 3},
		{key: "b", places: []int{2, 7}, j: 1},
		{key: "c", places: []int{6}, j: 1 << 28}, // too far a name to be inline
	}
	entries, postings := nameEntries(names, 3)
	want := []uint32{3<<3 | 5, postingEntry | 0, postingEntry | 4}
	for i, w := range want {
		if e := binary.LittleEndian.Uint32(entries[4*i:]); e != w {
			t.Errorf("entry %d = %#x, want %#x", i, e, w)
		}
	}
	wantPostings := append([]byte{1, 2, 2, 7}, binary.AppendUvarint(nil, 1<<28)...)
	if !reflect.DeepEqual(postings, append(wantPostings, 1, 6)) {
		t.Errorf("postings % x", postings)
	}
}
