package toponym

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/text/texttest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGeocodeGolden freezes what the geocoder finds in the sample articles
// with the bundled gazetteer: places (surface, rune offsets, place ID,
// confidence), demonyms and person names. Speed work must leave it
// unchanged; a new gazetteer may change it, and then
// `go test ./geo/toponym -run Golden -update` rewrites the files for review.
// What the dev corpus gives is pinned by its digest (see texttest).
func TestGeocodeGolden(t *testing.T) {
	c := defaultGeocoder(t)
	texttest.Pin(t, "geocode", func(t *testing.T, files []string) string { return analyzeFiles(t, c, files) }, *update)
}

// analyzeFiles is the analysis of each file, as writeAnalysis writes it.
func analyzeFiles(t *testing.T, c *Geocoder, files []string) string {
	if len(files) == 0 {
		t.Fatal("no articles to analyse")
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeAnalysis(&b, filepath.Base(f), analyze(c, string(data)))
	}
	return b.String()
}

// writeAnalysis writes one line per place, demonym and person of a file.
func writeAnalysis(b *strings.Builder, file string, a Analysis) {
	for _, m := range a.Places {
		kind := "place"
		if m.InName {
			kind = "place-in-name"
		}
		fmt.Fprintf(b, "%s\t%s\t%d\t%d\t%s\t%s\t%.3f\n", file, kind, m.Start, m.End, m.Text, m.Place.ID, m.Confidence)
	}
	for _, d := range a.Demonyms {
		fmt.Fprintf(b, "%s\tdemonym\t%d\t%d\t%s\t%s\n", file, d.Start, d.End, d.Text, d.Country)
	}
	for _, p := range a.Persons {
		fmt.Fprintf(b, "%s\tperson\t%d\t%d\t%s\n", file, p.Start, p.End, p.Text)
	}
}
