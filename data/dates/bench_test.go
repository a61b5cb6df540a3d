package dates

import (
	"testing"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/data/text/texttest"
)

// BenchmarkTag tags the sample and dev-corpus articles, read beforehand;
// MB/s is over their text.
func BenchmarkTag(b *testing.B) {
	texts, size := texttest.BenchTexts(b)
	docs := make([]*text.Doc, len(texts))
	for i, t := range texts {
		docs[i] = text.Read(t)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Tag(d, &pub)
		}
	}
}
