package geojson_test

import (
	"fmt"
	"testing"

	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/geojson/geojsontest"
)

// BenchmarkImportGeoJSON1M imports an events layer of a million events
// (about 850 MB) and reports, beside the time, the most heap and resident
// memory it took. Run with -benchtime 1x.
func BenchmarkImportGeoJSON1M(b *testing.B) {
	geojsontest.BenchmarkReading(b, 1_000_000, func(path string) error {
		events, err := geojson.ImportFile(path)
		if err == nil && len(events) != 1_000_000 {
			err = fmt.Errorf("%d events read", len(events))
		}
		return err
	})
}
