package text

import (
	"testing"

	"github.com/chronomap/chronomap/data/text/texttest"
)

// BenchmarkRead reads the sample articles into tokens and sentences, the
// first step of every extraction.
func BenchmarkRead(b *testing.B) {
	texts, size := texttest.BenchTexts(b)
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
