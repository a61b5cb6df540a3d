// Command gazgen builds Chronomap's bundled gazetteer, assets/gazetteer.bin,
// from the GeoNames and Natural Earth files in ../shared/data (see
// ../shared/data/README.md) and the hand-made tables beside this file:
// countries.tsv (English forms of country names), demonyms.tsv and
// curated.tsv (places the data files lack).
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
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gazgen: ")
	root := flag.String("root", ".", "repository root")
	data := flag.String("data", "", "data folder (default ROOT/../shared/data)")
	out := flag.String("out", "", "output file (default ROOT/assets/gazetteer.bin)")
	verbose := flag.Bool("v", false, "print statistics")
	flag.Parse()

	in := defaultInputs(*root)
	if *data != "" {
		in.data = *data
	}
	if *out == "" {
		*out = filepath.Join(*root, "assets", "gazetteer.bin")
	}
	if *verbose {
		in.stats = os.Stderr
	}
	file, err := generate(in)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, file, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gazgen: wrote %s (%d bytes)\n", *out, len(file))
}
