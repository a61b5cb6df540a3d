package main

import (
	"testing"

	"github.com/chronomap/chronomap/assets"
	"github.com/chronomap/chronomap/geo/internal/gencmd/gentest"
)

// The committed assets/gazetteer.bin must be what the generator makes of
// the data and tables now: run `go generate ./assets` when this fails.
func TestCommittedGazetteerIsUpToDate(t *testing.T) {
	in := defaultInputs("../../..")
	gentest.CheckCommitted(t, in.data, assets.GazetteerFile, assets.Gazetteer, func() ([]byte, error) { return generate(in) })
}
