package toponym

import (
	"testing"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// defaultGeocoder returns a geocoder over the bundled gazetteer, which every
// build embeds: failing to load it is a failure, not a reason to skip.
func defaultGeocoder(tb testing.TB) *Geocoder {
	tb.Helper()
	g, err := geo.Default()
	if err != nil {
		tb.Fatalf("bundled gazetteer: %v", err)
	}
	return NewGeocoder(g)
}

// analyze reads s and returns what c finds in it.
func analyze(c *Geocoder, s string) Analysis {
	d := text.Read(s)
	defer d.Release()
	var an Analysis
	c.Analyze(d, &an)
	return an
}
