package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/chronomap/chronomap/assets"
)

// The committed assets/gazetteer.bin must be what the generator makes of
// the data and tables now: run `go generate ./assets` when this fails.
func TestCommittedGazetteerIsUpToDate(t *testing.T) {
	in := defaultInputs("../../..")
	if _, err := os.Stat(in.data); err != nil {
		t.Skipf("no data to generate from: %v", err)
	}
	if testing.Short() {
		t.Skip("generating the gazetteer takes half a minute")
	}
	got, err := generate(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, assets.Gazetteer) {
		t.Errorf("generated gazetteer (%d bytes) differs from assets/%s (%d bytes): run go generate ./assets",
			len(got), assets.GazetteerFile, len(assets.Gazetteer))
	}
}
