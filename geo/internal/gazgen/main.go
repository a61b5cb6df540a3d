// Command gazgen builds Chronomap's bundled gazetteer, assets/gazetteer.bin,
// from the GeoNames and Natural Earth files in ../shared/data (see
// ../shared/data/README.md and EXTRA-SOURCES.md), GeoNames' and Google's
// country points, the US Census county gazetteer, and the hand-made tables
// beside this file:
// countries.tsv (English forms of country names), demonyms.tsv and
// curated.tsv (places the data files lack), world.tsv (continents and
// oceans at GeoNames' points) and apabbrev.tsv (AP abbreviations of US
// states and Canadian provinces).
//
// Run it from the repository root (`make gazetteer`, or `go generate
// ./assets`, which passes -root ..):
//
//	go run ./geo/internal/gazgen [-root .] [-data ../shared/data] [-out assets/gazetteer.bin]
//
// The output is a pure function of the inputs, so the committed file can be
// checked against a fresh build.
package main

import (
	"io"

	"github.com/chronomap/chronomap/geo/internal/gencmd"
)

func main() {
	gencmd.Main("gazgen", "gazetteer.bin", func(root, data string, stats io.Writer) ([]byte, error) {
		in := defaultInputs(root)
		in.data, in.stats = data, stats
		return generate(in)
	})
}
