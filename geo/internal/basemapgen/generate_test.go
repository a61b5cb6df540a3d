package main

import (
	"testing"

	"github.com/chronomap/chronomap/assets"
	"github.com/chronomap/chronomap/geo/internal/gencmd/gentest"
)

// The committed assets/basemap.bin must be what the generator makes of the
// data now: run `go generate ./assets` (or `make basemap`) when this fails.
func TestCommittedBasemapIsUpToDate(t *testing.T) {
	in := defaultInputs("../../..")
	gentest.CheckCommitted(t, in.data, assets.BasemapFile, assets.Basemap, func() ([]byte, error) { return generate(in) })
}
