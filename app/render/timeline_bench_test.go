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

// BenchmarkTimelineStep measures the timeline's share of a step with a
// million events: the playhead moves a day, the visible events are listed
// for the map, and a 1600×120 strip is redrawn. Run it with -cpu 1: the
// step shares a frame with the map's redraw on one core.
func BenchmarkTimelineStep(b *testing.B) {
	s := millionStrip()
	img := image.NewRGBA(image.Rect(0, 0, 1600, 120))
	p := s.Visible.Range.To
	var visible []int32
	for b.Loop() {
		p++
		s.Visible = s.Index.View(s.Index.Clamp(p), timeline.Week, false)
		visible = s.Visible.AppendTo(visible[:0])
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
