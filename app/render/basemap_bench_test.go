package render

import (
	"image"
	"syscall"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// BenchmarkBasemap draws full 1600×1000 frames of the basemap: the whole
// world, the South Caucasus at regional zoom and Stepanakert at city zoom,
// and the South Caucasus on a high-density screen.
func BenchmarkBasemap(b *testing.B) {
	b.Run("world", func(b *testing.B) {
		benchmarkBasemap(b, Viewport{Center: Mercator(orb.Point{10, 20}), Zoom: 2.65, Width: 1600, Height: 1000})
	})
	b.Run("caucasus", func(b *testing.B) {
		benchmarkBasemap(b, Viewport{Center: Mercator(orb.Point{46, 40.6}), Zoom: 6.5, Width: 1600, Height: 1000})
	})
	b.Run("caucasus-z7", func(b *testing.B) {
		benchmarkBasemap(b, Viewport{Center: Mercator(orb.Point{46, 40.6}), Zoom: 7.2, Width: 1600, Height: 1000})
	})
	b.Run("city", func(b *testing.B) {
		benchmarkBasemap(b, Viewport{Center: Mercator(orb.Point{46.75, 39.82}), Zoom: 12, Width: 1600, Height: 1000})
	})
	// An 800×500 view on a screen of two pixels per unit: as many pixels
	// as the others, with lines and labels twice as big in them.
	b.Run("caucasus-x2", func(b *testing.B) {
		benchmarkBasemap(b, Viewport{Center: Mercator(orb.Point{46, 40.6}), Zoom: 6.5, Width: 800, Height: 500}.AtScale(2, 1600, 1000))
	})
}

// benchmarkBasemap also reports the process's CPU time per frame, which,
// on a machine other work shares, says more than the wall time does.
func benchmarkBasemap(b *testing.B, v Viewport) {
	bm := NewBasemap(defaultBasemap(b))
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	bm.Draw(dst, v) // the labels' text is rendered once, on the first frame
	start := cpuTime()
	for b.Loop() {
		bm.Draw(dst, v)
	}
	b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
