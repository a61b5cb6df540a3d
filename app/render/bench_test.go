package render

import (
	"fmt"
	"image"
	"testing"
)

// BenchmarkFrame draws full 1600×1000 frames of synthetic events over the
// South Caucasus, framed as "Fit to events" frames them, on the basemap.
// Run with -cpu 1: drawing uses one core.
func BenchmarkFrame(b *testing.B) { benchmarkFrames(b, NewBasemap(defaultBasemap(b))) }

// BenchmarkEventLayers is BenchmarkFrame without the background: what
// the events, the selection and the legend cost on top of the basemap.
func BenchmarkEventLayers(b *testing.B) { benchmarkFrames(b, noBackground{}) }

type noBackground struct{}

func (noBackground) Draw(*image.RGBA, Viewport) {}

func benchmarkFrames(b *testing.B, bg Background) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			s := NewScene(bg)
			s.Events = NewEvents(syntheticEvents(n))
			s.Selected = n / 2
			bound, _ := s.Events.Bound()
			v := Fit(bound, 1600, 1000, 40, 12)
			dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
			for i := 0; b.Loop(); i++ {
				// Pan a little each frame, as a drag does.
				s.Draw(dst, v.Pan(float64(i%7), float64(i%5)))
			}
		})
	}
}
