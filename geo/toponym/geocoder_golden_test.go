package toponym

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenCorpus is the sample articles the golden test and the benchmark read.
var goldenCorpus = []string{"../../../shared/eval-dev/docs/*.txt", "../../seeds/*.txt"}

// corpusFiles returns the sample articles that are present, sorted by path.
func corpusFiles() []string {
	var files []string
	for _, pattern := range goldenCorpus {
		matches, _ := filepath.Glob(pattern)
		files = append(files, matches...)
	}
	return files
}

// TestGeocodeGolden freezes what the geocoder finds in the sample articles
// with the bundled gazetteer: places (surface, rune offsets, place ID,
// confidence), demonyms and person names. Speed work must leave it unchanged;
// a new gazetteer may change it, and then `go test ./geo/ -run Golden -update`
// rewrites testdata/geocode.golden for review.
func TestGeocodeGolden(t *testing.T) {
	files := corpusFiles()
	if len(files) == 0 {
		t.Skip("sample articles not found")
	}
	c := defaultGeocoder(t)
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeAnalysis(&b, filepath.Base(f), analyze(c, string(data)))
	}
	got := b.String()

	golden := filepath.Join("testdata", "geocode.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		gotLines, wantLines := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		t.Errorf("analysis differs from %s (first differences below; -update rewrites it)\n%s",
			golden, lineDiff(gotLines, wantLines, 20))
	}
}

// writeAnalysis writes one line per place, demonym and person of a file.
func writeAnalysis(b *strings.Builder, file string, a Analysis) {
	for _, m := range a.Places {
		fmt.Fprintf(b, "%s\tplace\t%d\t%d\t%s\t%s\t%.3f\n", file, m.Start, m.End, m.Text, m.Place.ID, m.Confidence)
	}
	for _, d := range a.Demonyms {
		fmt.Fprintf(b, "%s\tdemonym\t%d\t%d\t%s\t%s\n", file, d.Start, d.End, d.Text, d.Country)
	}
	for _, p := range a.Persons {
		fmt.Fprintf(b, "%s\tperson\t%d\t%d\t%s\n", file, p.Start, p.End, p.Text)
	}
}

// lineDiff lists up to max lines that are only in got (+) or only in want (-).
func lineDiff(got, want []string, max int) string {
	in := func(lines []string) map[string]bool {
		m := make(map[string]bool, len(lines))
		for _, l := range lines {
			m[l] = true
		}
		return m
	}
	inGot, inWant := in(got), in(want)
	var out []string
	for _, l := range want {
		if !inGot[l] && len(out) < max {
			out = append(out, "- "+l)
		}
	}
	for _, l := range got {
		if !inWant[l] && len(out) < max {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}
