package geojson_test

import (
	"os"
	"testing"

	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/geojson/geojsontest"
)

// BenchmarkImportGeoJSON1M imports an events layer of a million events
// (about 850 MB, written to a temporary file first) and reports, beside
// the time, the most heap and resident memory it took. It takes a minute
// or so; -short skips it. Run with -benchtime 1x.
func BenchmarkImportGeoJSON1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million events: skipped with -short")
	}
	path, err := geojsontest.LayerFile(b.TempDir(), 1_000_000)
	if err != nil {
		b.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	var peak geojsontest.Peak
	cpu := geojsontest.CPUTime()
	for b.Loop() {
		peak = geojsontest.MeasurePeak(func() {
			events, err := geojson.ImportFile(path)
			if err != nil || len(events) != 1_000_000 {
				b.Fatalf("%d events, error %v", len(events), err)
			}
		})
	}
	peak.Report(b)
	geojsontest.ReportCPU(b, cpu)
}
