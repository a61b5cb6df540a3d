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
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("basemapgen: ")
	root := flag.String("root", ".", "repository root")
	data := flag.String("data", "", "data folder (default ROOT/../shared/data)")
	out := flag.String("out", "", "output file (default ROOT/assets/basemap.bin)")
	verbose := flag.Bool("v", false, "print statistics")
	flag.Parse()

	in := defaultInputs(*root)
	if *data != "" {
		in.data = *data
	}
	if *out == "" {
		*out = filepath.Join(*root, "assets", "basemap.bin")
	}
	if *verbose {
		in.stats = os.Stderr
	}
	file, err := generate(in)
	if err != nil {
		log.Fatal(err)
	}
	// Written beside the target and renamed, so that a failed write leaves
	// the old file whole.
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, file, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.Rename(tmp, *out); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "basemapgen: wrote %s (%d bytes)\n", *out, len(file))
}
