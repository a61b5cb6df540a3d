package geo

import (
	"slices"
	"sync"
	"testing"
)

// A place decodes with its block, on first use.
func TestPlacesDecodeLazily(t *testing.T) {
	g := New(manyPlaces(1000), nil)
	decoded := func() (n int) {
		for i := range g.places.blocks {
			if g.places.blocks[i].Load() != nil {
				n++
			}
		}
		return n
	}
	if n := decoded(); n != 0 {
		t.Fatalf("%d blocks decoded before any lookup", n)
	}
	if p := g.Lookup("place 300"); len(p) != 1 || p[0].ID != "geonames:1300" {
		t.Fatalf("Lookup(place 300) = %v", ids(p))
	}
	if n := decoded(); n != 1 {
		t.Errorf("%d blocks decoded for one place, want 1", n)
	}
	if len(g.Places()) != 1000 || decoded() != len(g.places.blocks) {
		t.Errorf("Places decoded %d blocks of %d", decoded(), len(g.places.blocks))
	}
}

// However a place is reached, and by however many goroutines at once, it
// is one *Place (run with -race).
func TestPlacesStable(t *testing.T) {
	g := New(manyPlaces(1000), nil)
	const workers = 8
	got := make([][3]*Place, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			springfields := g.Lookup("springfield")
			i := slices.IndexFunc(springfields, func(p *Place) bool { return p.Name == "Place 400" })
			got[w] = [3]*Place{g.ByID("geonames:1400"), g.Lookup("place 400")[0], springfields[i]}
		})
	}
	wg.Wait()
	want := g.Places()[400]
	for w := range workers {
		for _, p := range got[w] {
			if p != want {
				t.Errorf("goroutine %d: %p %s, want %p %s", w, p, p.ID, want, want.ID)
			}
		}
	}
}

func TestByIDUnsorted(t *testing.T) {
	places := manyPlaces(300)
	places[0], places[299] = places[299], places[0]
	g := New(places, nil)
	if g.sorted {
		t.Fatal("places out of order taken as sorted")
	}
	for _, p := range places {
		if q := g.ByID(p.ID); q == nil || q.ID != p.ID {
			t.Errorf("ByID(%s) = %v", p.ID, q)
		}
	}
	if q := g.ByID("geonames:1"); q != nil {
		t.Errorf("ByID(unknown) = %v", q.ID)
	}
}
