package dates

import (
	"os"
	"testing"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/data/text/texttest"
)

// BenchmarkTag tags the sample and dev-corpus articles, read beforehand;
// MB/s is over their text.
func BenchmarkTag(b *testing.B) {
	var texts []string
	size := 0
	for _, f := range append(texttest.SeedFiles(b), texttest.DevFiles(b)...) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
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
