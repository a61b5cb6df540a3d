// Package gpkgtest checks GeoPackages with GDAL's reader, as QGIS reads
// them, in the tests of the packages that write them.
package gpkgtest

import (
	"database/sql"
	"regexp"
	"strings"
	"testing"

	_ "modernc.org/sqlite" // to count the features the file holds

	"github.com/chronomap/chronomap/data/ogrtest"
)

// CheckOgrinfo fails t unless ogrinfo reads the GeoPackage at path without
// a warning, lists each of layers, and counts each one's features as the
// file holds them. Without ogrinfo on PATH it skips t.
func CheckOgrinfo(t *testing.T, path string, layers ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, args := range [][]string{{"-al", "-so", path}, {path}} {
		s := ogrtest.Info(t, args...)
		for _, layer := range layers {
			want := regexp.MustCompile(`(?m)^(\d+: ` + layer + ` \(Point\)|Layer name: ` + layer + `)$`)
			if !want.MatchString(s) {
				t.Errorf("ogrinfo %s does not list the layer %s:\n%s", strings.Join(args, " "), layer, s)
			}
			if args[0] != "-al" {
				continue
			}
			var n int
			db.QueryRow("SELECT count(*) FROM " + layer).Scan(&n)
			if geometry, count := ogrtest.Summary(s, layer); geometry != "Point" || count != n {
				t.Errorf("ogrinfo -al -so counts %d features of %q in %s, want %d Points:\n%s", count, geometry, layer, n, s)
			}
		}
	}
}
