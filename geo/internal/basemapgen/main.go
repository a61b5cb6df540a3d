// Command basemapgen builds Chronomap's bundled basemap, assets/basemap.bin,
// from the Natural Earth layers in ../shared/data/naturalearth (see
// ../shared/data/README.md): it projects them to Web Mercator, simplifies
// them for each level of detail, cuts them into grid cells and picks the
// labels, as geo/basemap describes.
//
// Run it from the repository root (`make basemap`, or `go generate
// ./assets`, which passes -root ..):
//
//	go run ./geo/internal/basemapgen [-root .] [-data ../shared/data] [-out assets/basemap.bin]
//
// The output is a pure function of the inputs, so the committed file can be
// checked against a fresh build.
package main

import (
	"io"

	"github.com/chronomap/chronomap/geo/internal/gencmd"
)

func main() {
	gencmd.Main("basemapgen", "basemap.bin", func(root, data string, stats io.Writer) ([]byte, error) {
		in := defaultInputs(root)
		in.data, in.stats = data, stats
		return generate(in)
	})
}
