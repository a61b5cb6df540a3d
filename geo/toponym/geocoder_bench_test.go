package toponym

import (
	"testing"

	"github.com/chronomap/chronomap/assets"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/data/text/texttest"
	"github.com/chronomap/chronomap/geo"
)

// benchCorpus returns the sample articles and their size in bytes, skipping
// the benchmark without them or the bundled gazetteer.
func benchCorpus(b *testing.B) (*Geocoder, []string, int64) {
	c := defaultGeocoder(b)
	texts, size := texttest.BenchTexts(b)
	return c, texts, size
}

// BenchmarkAnalyze geocodes the dev corpus and the seed articles with the
// bundled gazetteer, read into documents beforehand; bytes/s is the
// throughput on article text.
func BenchmarkAnalyze(b *testing.B) {
	c, texts, size := benchCorpus(b)
	docs := make([]*text.Doc, len(texts))
	for i, t := range texts {
		docs[i] = text.Read(t)
	}
	var an Analysis
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			c.Analyze(d, &an)
		}
	}
}

// BenchmarkStartup is what `chronomap extract` pays for the gazetteer before
// its first text is read: loading it, making a geocoder, and the places and
// names a short text decodes on first use.
func BenchmarkStartup(b *testing.B) {
	const s = "Shelling hit Stepanakert in Nagorno-Karabakh on Friday, officials in Yerevan said.\n"
	for b.Loop() {
		g, err := geo.Load(assets.Gazetteer)
		if err != nil {
			b.Fatal(err)
		}
		if len(analyze(NewGeocoder(g), s).Places) == 0 {
			b.Fatal("no place found")
		}
	}
}
