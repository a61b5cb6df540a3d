package render

import (
	"image"
	"testing"

	"github.com/chronomap/chronomap/data/timeline"
)

// BenchmarkStep is one step of the timeline with a million events, as the
// window takes it when → is pressed: the playhead moves a day, the visible
// set is worked out, and both the 1600×1000 map (basemap, events, legend)
// and the 1600×120 timeline strip are drawn again. Run with -cpu 1.
func BenchmarkStep(b *testing.B) {
	events := syntheticEvents(1_000_000)
	scene := NewScene(NewBasemap(defaultBasemap(b)))
	scene.Events = NewEvents(events)
	ix := timeline.New(events)
	span, _ := ix.Span()
	strip := TimelineStrip{Index: ix, Days: span, Selected: -1}
	bound, _ := scene.Events.Bound()
	v := Fit(bound, 1600, 1000, 40, 12)
	mapImg := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	stripImg := image.NewRGBA(image.Rect(0, 0, 1600, 120))
	day := span.From
	for b.Loop() {
		if day++; day > span.To {
			day = span.From
		}
		strip.Visible = ix.View(day, timeline.Week, false)
		scene.Period = &Period{From: strip.Visible.Range.From.Time(), To: strip.Visible.Range.To.Time()}
		scene.Draw(mapImg, v)
		DrawTimeline(stripImg, strip)
	}
}
