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
var articleGlobs = []string{"../../../shared/eval-dev/docs/*.txt", "../../seeds/*.txt"}

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
// finds. Articles missing here (the dev corpus lives outside the
// repository) are skipped. Run with -update after a deliberate change of
// behaviour.
func TestTagGolden(t *testing.T) {
	names, texts := articles(t)
	if len(texts) == 0 {
		t.Skip("no articles to tag")
	}
	const golden = "testdata/tag.golden"
	if *update {
		var b strings.Builder
		for i, text := range texts {
			for _, published := range []*time.Time{&pub, nil} {
				b.WriteString(goldenSection(names[i], text, published))
			}
		}
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	want := string(data)
	for i, text := range texts {
		for _, published := range []*time.Time{&pub, nil} {
			got := goldenSection(names[i], text, published)
			head, _, _ := strings.Cut(got, "\n")
			at := strings.Index(want, head+"\n")
			if at < 0 {
				t.Errorf("%s has no section %q (run with -update)", golden, head)
				continue
			}
			if w := want[at:min(at+len(got), len(want))]; w != got || !strings.HasPrefix(want[at+len(got):]+"==", "==") {
				t.Errorf("%s: %s changed:\n%s", golden, head, firstDiff(got, want[at:]))
			}
		}
	}
}

// goldenSection lists the expressions of one article: a header line, then
// one line per expression with its rune offsets, text and window.
func goldenSection(name, text string, published *time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s published=%v\n", name, published != nil)
	for _, e := range tagText(text, published) {
		w := "nil"
		if e.Window != nil {
			w = fmt.Sprintf("%s..%s precision=%d", e.Window.Start.Format(time.DateOnly), e.Window.End.Format(time.DateOnly), e.Window.Precision)
		}
		fmt.Fprintf(&b, "%d-%d %q %s\n", e.Start, e.End, e.Text, w)
	}
	return b.String()
}

// firstDiff shows the first line where got and want part.
func firstDiff(got, want string) string {
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range gl {
		if i >= len(wl) || gl[i] != wl[i] {
			w := "(end)"
			if i < len(wl) {
				w = wl[i]
			}
			return fmt.Sprintf(" got %s\nwant %s", gl[i], w)
		}
	}
	return " got (end)\nwant " + wl[len(gl)-1]
}
