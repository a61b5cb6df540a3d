package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/text/texttest"
	"github.com/chronomap/chronomap/geo"
)

// writeFiles creates files under dir from a map of slash-separated relative
// paths to contents.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// outcome is what a test checks of a Result: the path, the article's name,
// text and date, or the error.
type outcome struct{ path, name, text, date, err string }

func runBatch(t *testing.T, b *Batch, paths []string) []outcome {
	t.Helper()
	var got []outcome
	err := b.Run(context.Background(), paths, func(r Result) error {
		o := outcome{path: r.Path, name: r.Article.Name, text: r.Article.Text, date: formatDay(r.Article.Published)}
		if r.Err != nil {
			o.err = r.Err.Error()
		}
		if r.Warning != nil {
			o.err = "warning: " + r.Warning.Error()
		}
		got = append(got, o)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestBatchInputs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"one.txt":            " date 2020-11-07 One.",
		"folder/b.txt":       "B.",
		"folder/a.txt":       "A.",
		"folder/sub/c.TXT":   "C.",
		"folder/notes.md":    "not an article",
		"folder/.hidden.txt": "hidden",
		"folder/.git/x.txt":  "hidden",
		"folder/binary.txt":  "\x00\x01",
		"folder/latin1.txt":  "Caf\xe9.",
		"bad-date.txt":       "date 2020-02-30 Text.",
	})
	in := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
	b := &Batch{Stdin: strings.NewReader("From stdin."), DefaultDate: eventtest.Day("2021-01-01"), Workers: 3}
	got := runBatch(t, b, []string{in("one.txt"), in("folder"), "-", in("missing.txt"), in("bad-date.txt")})
	want := []outcome{
		{in("one.txt"), "one.txt", "One.", "2020-11-07", ""},
		{in("folder/a.txt"), "a.txt", "A.", "2021-01-01", ""},
		{in("folder/b.txt"), "b.txt", "B.", "2021-01-01", ""},
		{path: in("folder/binary.txt"), err: in("folder/binary.txt") + ": binary file, not text (NUL byte at offset 0)"},
		{path: in("folder/latin1.txt"), err: in("folder/latin1.txt") + ": not UTF-8 text (invalid byte 0xE9 at offset 3)"},
		{in("folder/sub/c.TXT"), "sub/c.TXT", "C.", "2021-01-01", ""},
		{"-", "stdin", "From stdin.", "2021-01-01", ""},
		{path: in("missing.txt"), err: in("missing.txt") + ": no such file or directory"},
		{in("bad-date.txt"), "bad-date.txt", "Text.", "2021-01-01",
			"warning: " + in("bad-date.txt") + `: invalid date "2020-02-30" in the date header, ignored`},
	}
	if !slices.Equal(got, want) {
		t.Errorf("results\n got %q\nwant %q", got, want)
	}
}

// TestBatchOrder runs a folder of many articles on many workers, twice: the
// results must come in path order both times.
func TestBatchOrder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	var want []string
	for i := range 300 {
		name := fmt.Sprintf("d%d/%03d.txt", i%7, i)
		files[name] = fmt.Sprintf("article.Article %d. %s", i, strings.Repeat("Fighting went on. ", i%50))
	}
	writeFiles(t, dir, files)
	for name := range files {
		want = append(want, name)
	}
	slices.Sort(want)
	for run := range 2 {
		var got []string
		for _, o := range runBatch(t, &Batch{Workers: 8}, []string{dir}) {
			if o.err != "" {
				t.Fatal(o.err)
			}
			got = append(got, o.name)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("run %d: articles out of order:\n%v", run, got)
		}
	}
}

func TestBatchStops(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 100 {
		files[fmt.Sprintf("%03d.txt", i)] = "Text."
	}
	writeFiles(t, dir, files)
	stop := errors.New("disk full")
	n := 0
	err := (&Batch{Workers: 4}).Run(context.Background(), []string{dir}, func(Result) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("Run = %v after %d results, want the emit error after 10", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (&Batch{}).Run(ctx, []string{dir}, func(Result) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context = %v", err)
	}
}

// benchmarkFiles runs the whole pipeline, reading, extracting and
// encoding, on the articles at paths.
func benchmarkFiles(b *testing.B, paths []string) {
	gaz, err := geo.Default()
	if err != nil {
		b.Fatal("no gazetteer: ", err)
	}
	size := int64(0)
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			b.Fatal(err)
		}
		size += info.Size()
	}
	batch := &Batch{Extractor: NewExtractor(gaz)}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		fw := geojson.NewFeatureWriter(io.Discard)
		err := batch.Run(context.Background(), paths, func(r Result) error {
			if r.Err != nil {
				return r.Err
			}
			return fw.WriteEvents(r.Events...)
		})
		if err == nil {
			err = fw.Close()
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(paths)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkExtractSeeds(b *testing.B)   { benchmarkFiles(b, texttest.SeedFiles(b)) }
func BenchmarkExtractEvalDev(b *testing.B) { benchmarkFiles(b, texttest.DevFiles(b)) }

// BenchmarkExtract100MB streams a generated folder of 100 MB of articles
// through the pipeline, to measure throughput and, run under
// `/usr/bin/time -v`, that memory stays bounded. The folder is made once in
// the system's temporary folder and kept for later runs.
func BenchmarkExtract100MB(b *testing.B) {
	dir := filepath.Join(os.TempDir(), "chronomap-bench-100mb")
	if _, err := os.Stat(filepath.Join(dir, "done")); err != nil {
		generateCorpus(b, dir, 100<<20)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	benchmarkFiles(b, paths)
}

// generateCorpus writes about size bytes of articles under dir, made from the
// seed and dev articles, 500 to a folder.
func generateCorpus(b *testing.B, dir string, size int) {
	var texts [][]byte
	for _, p := range benchFiles(b) {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
	}
	os.RemoveAll(dir)
	for i, written := 0, 0; written < size; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%04d", i/500))
		if i%500 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		t := texts[i%len(texts)]
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%06d.txt", i)), t, 0o644); err != nil {
			b.Fatal(err)
		}
		written += len(t)
	}
	if err := os.WriteFile(filepath.Join(dir, "done"), nil, 0o644); err != nil {
		b.Fatal(err)
	}
}

func TestBatchExtractsOnlyArticlesNotKnown(t *testing.T) {
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	articles := []article.Article{
		{Name: "known.txt", Text: "Artillery shelled Stepanakert on Saturday."},
		{Name: "new.txt", Text: "Drones struck Ganja on Sunday."},
	}
	b := &Batch{Extractor: NewExtractor(g), Known: func(a article.Article) bool { return a.Name == "known.txt" }}
	var got []string
	err = b.RunArticles(context.Background(), articles, func(r Result) error {
		got = append(got, fmt.Sprintf("%s known=%v events=%d text=%q", r.Article.Name, r.Known, len(r.Events), r.Article.Text))
		return nil
	})
	want := []string{
		`known.txt known=true events=0 text="Artillery shelled Stepanakert on Saturday."`,
		`new.txt known=false events=1 text="Drones struck Ganja on Sunday."`,
	}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
}
