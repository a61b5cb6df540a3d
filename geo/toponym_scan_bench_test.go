package geo

import "testing"

// BenchmarkTokenize reads the sample articles into tokens, the first step
// of every analysis.
func BenchmarkTokenize(b *testing.B) {
	_, texts, size := benchCorpus(b)
	b.SetBytes(size)
	var toks []token
	n := 0
	for b.Loop() {
		for _, t := range texts {
			toks = tokenize(t, toks[:0])
			n += len(toks)
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "tokens/op")
}
