package extract

import (
	"io"
	"testing"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/geojson"
)

// BenchmarkExtract measures extraction and GeoJSON encoding on one goroutine,
// over the sample and dev articles held in memory: the engine's own speed,
// without file I/O. It extracts the events layer alone, which it writes, as
// `chronomap extract` does.
func BenchmarkExtract(b *testing.B) {
	var articles []article.Article
	var size int64
	for _, p := range benchFiles(b) {
		a, err := readArticle(p)
		if err != nil {
			b.Fatal(err)
		}
		articles = append(articles, a)
		size += int64(len(a.Text))
	}
	x := mustExtractor(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		fw := geojson.NewFeatureWriter(io.Discard)
		for _, a := range articles {
			events, _ := x.ExtractLayers(a, Events)
			if err := fw.WriteEvents(events...); err != nil {
				b.Fatal(err)
			}
		}
		fw.Close()
	}
	b.ReportMetric(float64(len(articles)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
