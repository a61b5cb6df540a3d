package main

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
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
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("ogrinfo is not on PATH (Debian: apt-get install gdal-bin)")
	}
	out := extractGpkg(t)
	db, err := sql.Open("sqlite", out)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, args := range [][]string{{"-al", "-so", out}, {out}} {
		b, err := exec.Command("ogrinfo", args...).CombinedOutput()
		s := string(b)
		if err != nil || strings.Contains(s, "Warning") || strings.Contains(s, "ERROR") {
			t.Errorf("ogrinfo %s: %v\n%s", strings.Join(args, " "), err, s)
		}
		for _, layer := range []string{"events", "places"} {
			var n int
			db.QueryRow("SELECT count(*) FROM " + layer).Scan(&n)
			want := regexp.MustCompile(`(?m)^(\d+: ` + layer + ` \(Point\)|Layer name: ` + layer + `)$`)
			if !want.MatchString(s) {
				t.Errorf("ogrinfo %s does not list the layer %s:\n%s", strings.Join(args, " "), layer, s)
			}
			_, block, _ := strings.Cut(s, "Layer name: "+layer+"\n")
			block, _, _ = strings.Cut(block, "Layer name: ")
			if args[0] == "-al" && !strings.Contains(block, fmt.Sprintf("Geometry: Point\nFeature Count: %d\n", n)) {
				t.Errorf("ogrinfo -al -so does not count %d features in %s:\n%s", n, layer, s)
			}
		}
	}
}
