package geojson

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkImportManyProperties imports a feature of another tool's layer
// with 125, 500 and 2,000 properties (1x, 4x, 16x), of which it asks for a
// few dozen by name: the time per property shows whether each name asked
// costs a scan of them all.
func BenchmarkImportManyProperties(b *testing.B) {
	for _, scale := range []int{1, 4, 16} {
		doc := manyProperties(125 * scale)
		b.Run(fmt.Sprintf("%dx", scale), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				if _, err := Import("layer.geojson", strings.NewReader(doc)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// manyProperties is a layer of one dated feature with n properties, the
// date among the last of them.
func manyProperties(n int) string {
	var props strings.Builder
	for i := range n - 1 {
		fmt.Fprintf(&props, `"Column_%d":"value %d",`, i, i)
	}
	props.WriteString(`"EVENT_DATE":"2020-10-11"`)
	return layer(point, props.String())
}
