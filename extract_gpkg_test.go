package main

import (
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chronomap/chronomap/data/gpkg/gpkgtest"
)

// extractGpkg runs the built command as a user would, writing seeds/ to a
// GeoPackage, and returns its path.
func extractGpkg(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "x.gpkg")
	cmd := exec.Command(binary(t), "extract", "-o", out, "seeds/")
	if b, err := cmd.CombinedOutput(); err != nil || len(b) > 0 {
		t.Fatalf("chronomap extract -o x.gpkg seeds/: %v\n%s", err, b)
	}
	return out
}

// TestExtractGpkg checks that -o NAME.gpkg writes a GeoPackage holding
// the features of both GeoJSON layers, every article, and nothing beside it.
func TestExtractGpkg(t *testing.T) {
	out := extractGpkg(t)
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
		t.Errorf("folder holds %d files, want x.gpkg alone", len(entries))
	}
	db, err := sql.Open("sqlite", out)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seeds, _ := filepath.Glob("seeds/*.txt")
	_, events, _ := chronomap(t, "", "extract", "seeds")
	_, places, _ := chronomap(t, "", "extract", "--layer", "places", "seeds")
	for q, want := range map[string]int{
		"SELECT count(*) FROM events":   len(collection(t, events)),
		"SELECT count(*) FROM places":   len(collection(t, places)),
		"SELECT count(*) FROM articles": len(seeds),
		"PRAGMA application_id":         0x47504B47,
	} {
		var n int
		if err := db.QueryRow(q).Scan(&n); err != nil || n != want {
			t.Errorf("%s: %d (%v), want %d", q, n, err, want)
		}
	}
}

// TestExtractGpkgOgrinfo checks with GDAL that the file is a GeoPackage it
// reads without a warning, with both layers and their features.
func TestExtractGpkgOgrinfo(t *testing.T) {
	gpkgtest.CheckOgrinfo(t, extractGpkg(t), "events", "places")
}
