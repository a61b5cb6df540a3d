package dates

import "testing"

// BenchmarkTag tags the sample and dev-corpus articles; MB/s is over their
// text.
func BenchmarkTag(b *testing.B) {
	_, texts := articles(b)
	if len(texts) == 0 {
		b.Skip("no articles to tag")
	}
	size := 0
	for _, text := range texts {
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			Tag(text, &pub)
		}
	}
}
