package geo

import (
	"os"
	"testing"
)

// benchCorpus returns the sample articles and their size in bytes, skipping
// the benchmark without them or the bundled gazetteer.
func benchCorpus(b *testing.B) (*Geocoder, []string, int64) {
	c := defaultGeocoder(b)
	var texts []string
	var size int64
	for _, f := range corpusFiles() {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += int64(len(data))
	}
	if len(texts) == 0 {
		b.Skip("no articles found")
	}
	return c, texts, size
}

// BenchmarkGeocode geocodes the dev corpus and the seed articles with the
// bundled gazetteer; bytes/s is the throughput on article text.
func BenchmarkGeocode(b *testing.B) {
	benchmarkTexts(b, func(c *Geocoder, text string) { c.Geocode(text) })
}

// BenchmarkAnalyze is BenchmarkGeocode with demonyms and person names.
func BenchmarkAnalyze(b *testing.B) {
	benchmarkTexts(b, func(c *Geocoder, text string) { c.Analyze(text) })
}

func benchmarkTexts(b *testing.B, read func(c *Geocoder, text string)) {
	c, texts, size := benchCorpus(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			read(c, t)
		}
	}
}
