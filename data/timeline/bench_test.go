package timeline

import (
	"sync"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

// million is an index of a million synthetic events over two years, built
// once for all the benchmarks.
var million = sync.OnceValue(func() *Index { return New(synthetic(1_000_000, 730, 1)) })

// BenchmarkStep measures one step of the timeline: the playhead moves a day
// and the visible events are listed into a buffer kept between steps, as
// the map does.
func BenchmarkStep(b *testing.B) {
	ix := million()
	span, _ := ix.Span()
	for _, m := range Modes {
		b.Run(m.String(), func(b *testing.B) {
			var buf []int32
			p := span.From
			for b.Loop() {
				p++
				if p > span.From+730 {
					p = span.From
				}
				buf = ix.View(p, m, true).AppendTo(buf[:0])
			}
		})
	}
}

// BenchmarkHistogram measures the counts of a 1600-pixel histogram over the
// whole span.
func BenchmarkHistogram(b *testing.B) {
	ix := million()
	span, _ := ix.Span()
	points, cover := make([]int, int(event.NumTypes)), make([]int, int(event.NumTypes))
	const columns = 1600
	for b.Loop() {
		for c := range columns {
			r := Range{
				From: span.From + Day(c*span.Days()/columns),
				To:   span.From + Day((c+1)*span.Days()/columns) - 1,
			}
			ix.PointCounts(r, points)
			ix.SpanCover(r, cover)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	events := synthetic(1_000_000, 730, 1)
	for b.Loop() {
		New(events)
	}
}
