// Package gpkgtest checks GeoPackages with GDAL's reader, as QGIS reads
// them, in the tests of the packages that write them.
package gpkgtest

import (
	"database/sql"
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	_ "modernc.org/sqlite" // to count the features the file holds
)

// CheckOgrinfo fails t unless ogrinfo reads the GeoPackage at path without
// a warning, lists each of layers, and counts each one's features as the
// file holds them. Without ogrinfo on PATH it skips t.
func CheckOgrinfo(t *testing.T, path string, layers ...string) {
	t.Helper()
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("ogrinfo is not on PATH (Debian: apt-get install gdal-bin)")
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, args := range [][]string{{"-al", "-so", path}, {path}} {
		b, err := exec.Command("ogrinfo", args...).CombinedOutput()
		s := string(b)
		if err != nil || strings.Contains(s, "Warning") || strings.Contains(s, "ERROR") {
			t.Errorf("ogrinfo %s: %v\n%s", strings.Join(args, " "), err, s)
		}
		for _, layer := range layers {
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
