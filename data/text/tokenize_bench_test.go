package text

import (
	"os"
	"testing"

	"github.com/chronomap/chronomap/data/text/texttest"
)

// benchTexts returns the sample articles and their size in bytes.
func benchTexts(b *testing.B) ([]string, int64) {
	var texts []string
	var size int64
	for _, f := range append(texttest.SeedFiles(b), texttest.DevFiles(b)...) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += int64(len(data))
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
