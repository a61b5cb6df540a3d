package acled

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/ogrtest"
)

// TestOgrinfoReadsTheCSV checks that GDAL reads what the writer writes as
// a layer of points, as QGIS does, with ACLED's column names as its fields
// and the cells as written. It skips without ogrinfo.
func TestOgrinfoReadsTheCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.csv")
	if err := os.WriteFile(path, written(t, chronomapEvents()...), 0o644); err != nil {
		t.Fatal(err)
	}
	points := []string{"-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude"}
	summary := ogrtest.Info(t, append([]string{"-ro", "-al", "-so"}, append(points, path)...)...)
	if geometry, n := ogrtest.Summary(summary, "events"); geometry != "Point" || n != len(chronomapEvents()) {
		t.Errorf("ogrinfo reads %d features of %q, want %d points:\n%s", n, geometry, len(chronomapEvents()), summary)
	}
	if !strings.Contains(summary, "\nevent_id_cnty: String") {
		t.Errorf("the first field is not event_id_cnty (a byte-order mark read as part of its name?):\n%s", summary)
	}
	features := ogrtest.Info(t, append([]string{"-ro", "-al", "-q"}, append(points, path)...)...)
	for _, want := range []string{
		`  location (String) = Old Bridge, "the Arch"`,
		"  notes (String) = Fighting went on last week\nin the district. (Source: a.txt)",
		"  POINT (-0.5 -10.25)",
		"  POINT (45.332145 39.761234)",
	} {
		if !strings.Contains(features, want) {
			t.Errorf("ogrinfo does not read %q:\n%s", want, features)
		}
	}
}
