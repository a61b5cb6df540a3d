package basemap

import (
	"testing"

	"github.com/chronomap/chronomap/assets"
)

// Default decodes the embedded file once; this measures that first call.
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Decode(assets.Basemap); err != nil {
			b.Fatal(err)
		}
	}
}
