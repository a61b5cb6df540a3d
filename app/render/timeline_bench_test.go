package render

import (
	"image"
	"sync"
	"testing"

	"github.com/chronomap/chronomap/data/timeline"
)

// millionStrip is a strip of a million synthetic events over two years,
// built once for the benchmarks.
var millionStrip = sync.OnceValue(func() TimelineStrip {
	return stripOf(warEvents(1_000_000, 730, 10, 5), 365, timeline.Week, 17)
})

// BenchmarkTimelineRedraw measures a redraw of a 1600×120 strip after a
// step of the playhead, with a million events. Run it with -cpu 1: the
// strip shares a frame with the map on one core.
func BenchmarkTimelineRedraw(b *testing.B) {
	s := millionStrip()
	img := image.NewRGBA(image.Rect(0, 0, 1600, 120))
	p := s.Visible.Range.To
	for b.Loop() {
		p++
		s.Visible = s.Index.View(s.Index.Clamp(p), timeline.Week, false)
		DrawTimeline(img, s)
	}
}

// BenchmarkTimelineRedrawMonths is the same strip zoomed to two months,
// where the days are wide enough for each to get its bar and label.
func BenchmarkTimelineRedrawMonths(b *testing.B) {
	s := millionStrip()
	s.Days = timeline.Range{From: s.Visible.Range.To - 30, To: s.Visible.Range.To + 30}
	img := image.NewRGBA(image.Rect(0, 0, 1600, 120))
	for b.Loop() {
		DrawTimeline(img, s)
	}
}
