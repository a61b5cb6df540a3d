package geo

import "testing"

// defaultGeocoder returns a geocoder over the bundled gazetteer, which every
// build embeds: failing to load it is a failure, not a reason to skip.
func defaultGeocoder(tb testing.TB) *Geocoder {
	tb.Helper()
	g, err := Default()
	if err != nil {
		tb.Fatalf("bundled gazetteer: %v", err)
	}
	return NewGeocoder(g)
}
