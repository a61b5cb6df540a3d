package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/chronomap/chronomap/assets"
)

// The committed assets/basemap.bin must be what the generator makes of the
// data now: run `go generate ./assets` (or `make basemap`) when this fails.
func TestCommittedBasemapIsUpToDate(t *testing.T) {
	in := defaultInputs("../../..")
	if _, err := os.Stat(in.data); err != nil {
		t.Skipf("no data to generate from: %v", err)
	}
	if testing.Short() {
		t.Skip("generating the basemap takes half a minute")
	}
	got, err := generate(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, assets.Basemap) {
		t.Errorf("generated basemap (%d bytes) differs from assets/%s (%d bytes): run go generate ./assets",
			len(got), assets.BasemapFile, len(assets.Basemap))
	}
}
