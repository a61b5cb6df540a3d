package geojsontest

import (
	"bytes"
	"testing"

	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/geo"
)

// TestWriteLayerReadsBack checks that the layer is one the import takes
// whole, of the size a feature of `chronomap extract` has.
func TestWriteLayerReadsBack(t *testing.T) {
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 1000} {
		var b bytes.Buffer
		if err := WriteLayer(&b, g, n); err != nil {
			t.Fatal(err)
		}
		size := b.Len()
		events, err := geojson.Import("synthetic.geojson", &b)
		if err != nil {
			t.Fatalf("%d events: %v", n, err)
		}
		if len(events) != n {
			t.Errorf("%d events read back of %d", len(events), n)
		}
		if n >= 1000 {
			if perFeature := size / n; perFeature < 600 || perFeature > 1000 {
				t.Errorf("%d bytes a feature, want 600 to 1000", perFeature)
			}
		}
	}
}
