// Package texttest is what the tests of Chronomap's readers of text share:
// where the sample articles are, and golden files that pin what a reader
// finds in them. Only tests import it.
//
// The seed articles are in the repository. The dev corpus is in
// ../shared/eval-dev beside it, where it is there (as on CI); neither it nor
// what is read out of it may be copied into the repository, so its results
// are pinned by their SHA-256 alone.
package texttest

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// root is the repository's folder: the first above the test's own (where
// go test runs it) that holds go.mod.
var root = func() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}()

// SeedFiles returns the paths of the seed articles, by name.
func SeedFiles(tb testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join(root, "seeds", "*.txt"))
	if len(files) == 0 {
		tb.Fatal("no seed articles in seeds/")
	}
	return files
}

// SampleFiles returns the seed articles and, where ../shared is beside the
// repository, the dev corpus: for tests of what must hold of any article.
func SampleFiles(tb testing.TB) []string {
	return append(SeedFiles(tb), devFiles()...)
}

// DevFiles returns the paths of the dev corpus's articles, by name, or
// skips the test or benchmark when ../shared is not beside the repository.
func DevFiles(tb testing.TB) []string {
	files := devFiles()
	if len(files) == 0 {
		tb.Skip("needs the dev corpus in ../shared/eval-dev beside the repository (CI has it)")
	}
	return files
}

// BenchTexts returns the text of the seed articles and the dev corpus, and
// their size in bytes, for a benchmark: it is skipped without the dev
// corpus, since the three seeds alone are too few to measure.
func BenchTexts(b *testing.B) ([]string, int64) {
	var texts []string
	var size int64
	for _, f := range append(SeedFiles(b), DevFiles(b)...) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += int64(len(data))
	}
	return texts, size
}

// Pin pins what read makes of the sample articles under testdata/: of the
// seeds in stem-seeds.golden, and of the dev corpus, by its digest, in
// stem-dev.sha256 (the dev subtest skips without ../shared). Update
// rewrites both.
func Pin(t *testing.T, stem string, read func(t *testing.T, files []string) string, update bool) {
	t.Run("seeds", func(t *testing.T) {
		Golden(t, filepath.Join("testdata", stem+"-seeds.golden"), read(t, SeedFiles(t)), update)
	})
	t.Run("dev", func(t *testing.T) {
		Digest(t, filepath.Join("testdata", stem+"-dev.sha256"), read(t, DevFiles(t)), update)
	})
}

// Golden compares got with the golden file, or rewrites the file when
// update is set.
func Golden(tb testing.TB, file, got string, update bool) {
	tb.Helper()
	want, ok := stored(tb, file, got, update)
	if ok && got != want {
		tb.Errorf("%s differs (first differences below; -update rewrites it)\n%s", file, lineDiff(got, want, 20))
	}
}

// Digest compares the SHA-256 of got with the one in the file, or rewrites
// the file when update is set. On a difference, got is written to a
// temporary file, to compare with the same test's output before the change.
func Digest(tb testing.TB, file, got string, update bool) {
	tb.Helper()
	digest := fmt.Sprintf("%x\n", sha256.Sum256([]byte(got)))
	want, ok := stored(tb, file, digest, update)
	if ok && digest != want {
		out := "(could not be written)"
		if f, err := os.CreateTemp("", "chronomap-golden-*.txt"); err == nil {
			f.WriteString(got)
			f.Close()
			out = f.Name()
		}
		tb.Errorf("what the dev corpus gives changed: its SHA-256 is %s, %s has %s. It is in %s: compare it with the output of the code before the change, then rewrite %s with -update",
			strings.TrimSpace(digest), file, strings.TrimSpace(want), out, file)
	}
}

// stored returns what file holds, to compare content with, or writes
// content to it and returns false when update is set.
func stored(tb testing.TB, file, content string, update bool) (string, bool) {
	tb.Helper()
	if update {
		write(tb, file, content)
		return "", false
	}
	want, err := os.ReadFile(file)
	if err != nil {
		tb.Fatalf("%v (run with -update to create it)", err)
	}
	return string(want), true
}

func write(tb testing.TB, file, content string) {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// lineDiff lists up to max lines that are only in got (+) or only in want (-).
func lineDiff(got, want string, max int) string {
	in := func(text string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(text, "\n") {
			m[l] = true
		}
		return m
	}
	inGot, inWant := in(got), in(want)
	var out []string
	for _, l := range strings.Split(want, "\n") {
		if !inGot[l] && len(out) < max {
			out = append(out, "- "+l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !inWant[l] && len(out) < max {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}

func devFiles() []string {
	files, _ := filepath.Glob(filepath.Join(root, "..", "shared", "eval-dev", "docs", "*.txt"))
	return files
}
