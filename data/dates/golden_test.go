package dates

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/text/texttest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from what Tag finds now")

// TestTagGolden pins every expression Tag finds in real articles, with and
// without a publication date, so that work on speed cannot change what it
// finds. Run with -update after a deliberate change of behaviour. What the
// dev corpus gives is pinned by its digest (see texttest).
func TestTagGolden(t *testing.T) {
	texttest.Pin(t, "tag", tagFiles, *update)
}

// tagFiles lists the expressions of each file, with and without a
// publication date, as goldenSection writes them.
func tagFiles(t *testing.T, files []string) string {
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, published := range []*time.Time{&pub, nil} {
			b.WriteString(goldenSection(filepath.Base(f), string(data), published))
		}
	}
	return b.String()
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
