package dates

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/tag.golden from what Tag finds now")

// articleGlobs are the sample and dev-corpus articles the golden test and
// the benchmark read.
var articleGlobs = []string{"/work/shared/eval-dev/docs/*.txt", "../../seeds/*.txt"}

// articles reads the files articleGlobs match, by name.
func articles(tb testing.TB) (names, texts []string) {
	for _, glob := range articleGlobs {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			names = append(names, filepath.Base(f))
			texts = append(texts, string(data))
		}
	}
	return names, texts
}

// TestTagGolden pins every expression Tag finds in real articles, with and
// without a publication date, so that work on speed cannot change what it
// finds. Run with -update after a deliberate change of behaviour.
func TestTagGolden(t *testing.T) {
	names, texts := articles(t)
	if len(texts) == 0 {
		t.Skip("no articles to tag")
	}
	var b strings.Builder
	for i, text := range texts {
		for _, published := range []*time.Time{&pub, nil} {
			fmt.Fprintf(&b, "== %s published=%v\n", names[i], published != nil)
			for _, e := range Tag(text, published) {
				w := "nil"
				if e.Window != nil {
					w = fmt.Sprintf("%s..%s precision=%d", e.Window.Start.Format(time.DateOnly), e.Window.End.Format(time.DateOnly), e.Window.Precision)
				}
				fmt.Fprintf(&b, "%d-%d %q %s\n", e.Start, e.End, e.Text, w)
			}
		}
	}
	const golden = "testdata/tag.golden"
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			g, w := line(gl, i), line(wl, i)
			if g != w {
				t.Fatalf("%s differs at line %d:\n got %s\nwant %s", golden, i+1, g, w)
			}
		}
	}
}

func line(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(end)"
}
