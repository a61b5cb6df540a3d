// Package gentest checks, in the generators' tests, that an embedded data
// file is what its generator makes of the data now.
package gentest

import (
	"bytes"
	"os"
	"testing"
)

// CheckCommitted compares what generate makes with committed, the bytes
// embedded from assets/file, and fails the test when they differ. It skips
// when the data folder dataDir is missing, and with -short, as generating
// takes half a minute.
func CheckCommitted(t *testing.T, dataDir, file string, committed []byte, generate func() ([]byte, error)) {
	t.Helper()
	if _, err := os.Stat(dataDir); err != nil {
		t.Skipf("no data to generate from: %v", err)
	}
	if testing.Short() {
		t.Skipf("generating %s takes half a minute", file)
	}
	got, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		t.Errorf("generated %s (%d bytes) differs from assets/%s (%d bytes): run go generate ./assets",
			file, len(got), file, len(committed))
	}
}
