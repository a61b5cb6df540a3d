package text

import (
	"os"
	"path/filepath"
	"testing"
)

// sampleArticles are the articles the benchmarks read: the seeds, and the
// dev corpus where ../shared is beside the repository.
var sampleArticles = []string{"../../seeds/*.txt", "../../../shared/eval-dev/docs/*.txt"}

// benchTexts returns the sample articles and their size in bytes; without
// the dev corpus the benchmark is skipped, since the seeds alone are too few
// to measure anything but start-up.
func benchTexts(b *testing.B) ([]string, int64) {
	var texts []string
	var size int64
	for _, pattern := range sampleArticles {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
			size += int64(len(data))
		}
	}
	if len(texts) < 10 {
		b.Skip("the dev corpus ../shared/eval-dev is not beside the repository")
	}
	return texts, size
}

// BenchmarkRead reads the sample articles into tokens and sentences, the
// first step of every extraction.
func BenchmarkRead(b *testing.B) {
	texts, size := benchTexts(b)
	b.SetBytes(size)
	n := 0
	for b.Loop() {
		for _, t := range texts {
			d := Read(t)
			n += len(d.Tokens)
			d.Release()
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "tokens/op")
}
