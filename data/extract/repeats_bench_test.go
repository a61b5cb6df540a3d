package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/article"
)

// BenchmarkExtractBigArticle extracts one article of 1, 4 and 16 MiB (1x,
// 4x, 16x; 16 MiB is the most the reader accepts) that reports thousands of
// events at a few dozen places over a year, with denials: the time per byte
// shows whether each event looks back over all the article's earlier ones.
func BenchmarkExtractBigArticle(b *testing.B) {
	x := mustExtractor(b)
	for _, scale := range []int{1, 4, 16} {
		a := bigArticle(scale << 20)
		b.Run(fmt.Sprintf("%dx", scale), func(b *testing.B) {
			b.SetBytes(int64(len(a.Text)))
			b.ReportAllocs()
			var events int
			for b.Loop() {
				ev, _ := x.Extract(a)
				events = len(ev)
			}
			b.ReportMetric(float64(events), "events")
		})
	}
}

// bigPlaces are towns and districts of the South Caucasus the bundled
// gazetteer resolves in a text about the war there.
var bigPlaces = []string{
	"Stepanakert", "Terter", "Ganja", "Barda", "Shusha", "Goris", "Fuzuli", "Jabrayil", "Aghdam",
	"Martuni", "Hadrut", "Lachin", "Kalbajar", "Tovuz", "Berd", "Vardenis", "Mingachevir",
	"Khojavend", "Gubadli", "Zangilan", "Askeran", "Sotk", "Kapan", "Jermuk", "Yevlakh",
	"Beylagan", "Goranboy", "Naftalan", "Aghjabadi", "Tartar district", "Fuzuli district",
}

// bigArticle is a dated article of at most size bytes: paragraphs that report
// shelling, clashes and casualties at the places above on the days of 2020,
// and deny some of it, one paragraph a line.
func bigArticle(size int) article.Article {
	pub := time.Date(2021, 1, 10, 0, 0, 0, 0, time.UTC)
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i*7%366)
		p := func(k int) string { return bigPlaces[(i*5+k*3)%len(bigPlaces)] }
		fmt.Fprintf(&b, "On %s, Azerbaijani forces shelled %s, killing %d civilians, the ministry said. "+
			"Armenian troops attacked positions near %s and %s. Armenia denied shelling %s. "+
			"Baku denied the report. Clashes broke out in %s on %s.\n",
			day.Format("January 2, 2006"), p(0), i%9+1, p(1), p(2), p(3), p(4), day.AddDate(0, 0, 1).Format("January 2"))
	}
	text := b.String()
	return article.Article{Name: "big.txt", Text: text[:strings.LastIndexByte(text[:size], '\n')+1], Published: &pub}
}
