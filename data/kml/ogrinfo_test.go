package kml

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/ogrtest"
)

// TestOgrinfoReadsTheKML checks that GDAL reads the document as a layer
// of points, events, with both its KML drivers: LIBKML, which reads the
// fields and the time spans too, and the plain KML driver. It skips
// without ogrinfo.
func TestOgrinfoReadsTheKML(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.kml")
	if err := os.WriteFile(path, written(t, sampleEvents()...), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, driver := range [][]string{nil, {"--config", "GDAL_SKIP", "LIBKML"}} {
		info := ogrtest.Info(t, append(driver, "-ro", "-al", path)...)
		if _, n := ogrtest.Summary(info, "events"); n != 3 || strings.Count(info, "  POINT (") != 3 {
			t.Errorf("ogrinfo %s reads %d features, want 3 points:\n%s", strings.Join(driver, " "), n, info)
		}
		if !strings.Contains(info, `  POINT (-0.5 -10.25)`) || !strings.Contains(info, `Clash · Old Bridge <"the Arch"> & Mill`) {
			t.Errorf("ogrinfo %s does not read the second event's point and name:\n%s", strings.Join(driver, " "), info)
		}
		if strings.Contains(info, "driver `LIBKML'") {
			for _, want := range []string{"  begin (DateTime) = 2020/11/02 00:00:00+00", "  end (DateTime) = 2020/11/08 23:59:59+00",
				"  fatalities (Integer) = 3", "  actors (String) = Ruritania; Borduria"} {
				if !strings.Contains(info, want) {
					t.Errorf("LIBKML does not read %q:\n%s", want, info)
				}
			}
		}
	}
}
