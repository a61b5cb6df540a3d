package render

import (
	"image"
	"image/color"

	"github.com/chronomap/chronomap/data/timeline"
)

// eachTimelineBin calls f with the bins of the axis, left to right: a day
// each when a day is at least a pixel wide (less a pixel between bars when
// they are wide enough to spare it), otherwise a pixel column each with the
// days it holds.
func eachTimelineBin(a TimelineAxis, f func(x0, x1 int, days timeline.Range)) {
	if a.PixelsPerDay() >= 1 {
		for d := a.Days.From; d <= a.Days.To; d++ {
			x0, x1 := int(a.X(d)+0.5), int(a.X(d+1)+0.5)
			if x1-x0 >= 4 {
				x1--
			}
			f(x0, x1, timeline.Range{From: d, To: d})
		}
		return
	}
	for x := int(a.Left); x < int(a.Right); x++ {
		from, to := a.DayAt(float64(x)), a.DayAt(float64(x+1))-1
		if x+1 >= int(a.Right) {
			to = a.Days.To
		}
		if to >= from {
			f(x, x+1, timeline.Range{From: from, To: to})
		}
	}
}

// drawTimelineStacks draws a bar per bin in band, stacked by event type from
// the bottom, as tall as the bin's counts against the largest bin's. count
// fills a bin's counts per type; alpha is the bars' opacity.
func drawTimelineStacks(dst *image.RGBA, band image.Rectangle, a TimelineAxis, count func(timeline.Range, []int), alpha uint8) {
	counts := typeCounts()
	peak := 0
	eachTimelineBin(a, func(_, _ int, days timeline.Range) {
		count(days, counts)
		total := 0
		for _, n := range counts {
			total += n
		}
		peak = max(peak, total)
	})
	if peak == 0 {
		return
	}
	scale := float64(band.Dy()) / float64(peak)
	colors := make([]color.RGBA, len(counts))
	for t := range colors {
		c := TypeColor(dataType(t))
		colors[t] = rgbaOf(color.NRGBA{c.R, c.G, c.B, alpha})
	}
	eachTimelineBin(a, func(x0, x1 int, days timeline.Range) {
		count(days, counts)
		sum, y := 0, band.Max.Y
		for t, n := range counts {
			if n == 0 {
				continue
			}
			sum += n
			top := min(y-1, band.Max.Y-int(float64(sum)*scale+0.5)) // every type that is there shows
			timelineFill(dst, image.Rect(x0, max(band.Min.Y, top), x1, y), colors[t])
			y = top
		}
	})
}

// drawTimelineBars draws the histogram of the events dated to a day.
func drawTimelineBars(dst *image.RGBA, l timelineLayout, ix *timeline.Index) {
	drawTimelineStacks(dst, l.bars, l.axis, ix.PointCounts, 0xff)
}
