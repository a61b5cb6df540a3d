package dates

import (
	"testing"

	"github.com/chronomap/chronomap/data/text"
)

// BenchmarkTag tags the sample and dev-corpus articles, read beforehand;
// MB/s is over their text.
func BenchmarkTag(b *testing.B) {
	_, texts := articles(b)
	if len(texts) == 0 {
		b.Skip("no articles to tag")
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	docs := make([]*text.Doc, len(texts))
	for i, t := range texts {
		docs[i] = text.Read(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Tag(d, &pub)
		}
	}
}
