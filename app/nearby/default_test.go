package nearby

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/geo"
)

// defaultPlaces are the bundled gazetteer's places, which the window
// indexes.
func defaultPlaces(tb testing.TB) []*geo.Place {
	tb.Helper()
	g, err := geo.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return g.Places()
}

// BenchmarkPlaceAt is the query a drag makes as the pointer moves, over
// the whole gazetteer: a drop near Tartar, at zoom 8 (6 pixels are some
// 3 km there).
func BenchmarkPlaceAt(b *testing.B) {
	x := NewIndex(defaultPlaces(b))
	for i := 0; b.Loop(); i++ {
		x.PlaceAt(orb.Point{47.05 + float64(i%100)*1e-3, 40.40}, 3500)
	}
}

// BenchmarkNewIndex is what the first drag waits for if the index was not
// made ahead of it, with the places decoded (which takes as long again
// on their first use).
func BenchmarkNewIndex(b *testing.B) {
	places := defaultPlaces(b)
	for b.Loop() {
		NewIndex(places)
	}
}

func TestTheBundledGazetteerNamesADropInKarabakh(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the whole gazetteer")
	}
	x := NewIndex(defaultPlaces(t))
	p, snapped := x.PlaceAt(orb.Point{46.93161, 40.34201}, 500)
	if !snapped || p.Name != "Terter" {
		t.Errorf("a drop on Tartar gives %q (snapped %v), want GeoNames' Terter", p.Name, snapped)
	}
	p, snapped = x.PlaceAt(orb.Point{47.3, 40.6}, 100)
	if snapped || p.Country != "AZ" || p.Kind != geo.Feature {
		t.Errorf("a drop in the fields gives %q, a %v in %q (snapped %v)", p.Name, p.Kind, p.Country, snapped)
	}
}
