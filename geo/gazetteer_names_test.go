package geo

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/chronomap/chronomap/data/text"
)

func TestLookupHashed(t *testing.T) {
	g := New(testPlaces(), testDemonyms)
	for _, name := range []string{"stepanakert", "shusha", "susa", "republic of azerbaijan", "sevan", "nowhere"} {
		got := g.LookupHashed(name, text.KeyHash(name))
		if want := g.Lookup(name); !reflect.DeepEqual(ids(got), ids(want)) {
			t.Errorf("LookupHashed(%q) = %v, want %v", name, ids(got), ids(want))
		}
	}
}

// The geocoder scores a repeated name once, telling it by its slice.
func TestLookupSameSlice(t *testing.T) {
	g := New(testPlaces(), testDemonyms)
	for _, name := range []string{"stepanakert", "shusha", "xankendi"} {
		a, b := g.Lookup(name), g.LookupHashed(name, text.KeyHash(name))
		if len(a) == 0 || &a[0] != &b[0] {
			t.Errorf("Lookup(%q) gives another slice on a second call", name)
		}
	}
}

func TestMayStartName(t *testing.T) {
	g := New(testPlaces(), testDemonyms)
	for _, k := range []string{"lake", "lake sevan", "republic", "republic of", "republic of azerbaijan", "susa"} {
		if !g.MayStartName(text.KeyHash(k)) {
			t.Errorf("MayStartName(%q) = false, want true", k)
		}
	}
	false := 0
	for i := range 1000 {
		if g.MayStartName(text.KeyHash(fmt.Sprintf("nowhere %d", i))) {
			false++
		}
	}
	if false > 100 {
		t.Errorf("%d false positives in 1000", false)
	}
}

// Names whose hashes share a bucket and a fingerprint are told apart by
// their keys.
func TestLookupSameFingerprint(t *testing.T) {
	seen := map[uint16]string{}
	var a, b string
	for i := 0; b == ""; i++ {
		name := fmt.Sprintf("place%d", i)
		if other, ok := seen[uint16(text.KeyHash(name))]; ok {
			a, b = other, name
		}
		seen[uint16(text.KeyHash(name))] = name
	}
	// Seven names or fewer make one bucket.
	g := New([]*Place{{ID: "x:a", Name: a}, {ID: "x:b", Name: b}}, nil)
	for _, name := range []string{a, b} {
		if ps := g.Lookup(name); len(ps) != 1 || ps[0].Name != name {
			t.Errorf("Lookup(%q) = %v", name, ids(ps))
		}
	}
	if ps := g.Lookup(a + "x"); ps != nil {
		t.Errorf("Lookup(%q) = %v, want nothing", a+"x", ids(ps))
	}
}

// Goroutines looking names up for the first time at once see the same
// slices and places (run with -race).
func TestLookupConcurrent(t *testing.T) {
	g := New(manyPlaces(1000), nil)
	names := []string{"springfield", "place 7", "place no 500", "place 999"}
	got := make([][][]*Place, 8)
	var wg sync.WaitGroup
	for w := range got {
		wg.Go(func() {
			for _, n := range names {
				got[w] = append(got[w], g.Lookup(n))
			}
		})
	}
	wg.Wait()
	for w := range got {
		for i, ps := range got[w] {
			if len(ps) == 0 || &ps[0] != &got[0][i][0] {
				t.Errorf("goroutine %d: Lookup(%q) gives another slice than goroutine 0", w, names[i])
			}
		}
	}
	if n := len(got[0][0]); n != 100 {
		t.Errorf("%d Springfields, want 100", n)
	}
}
