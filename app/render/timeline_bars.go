package render

import (
	"image"
	"image/color"
	"math"

	"github.com/chronomap/chronomap/data/timeline"
)

// eachTimelineBin calls f with the bins of the axis, left to right: a day
// each when a day is at least minWidth pixels wide, otherwise as many days
// as make a bar that wide, so that a lone event on a long axis still shows.
// Bars wide enough to spare it leave a pixel between them, and bars of wide
// days are narrowed to a little over half the day, to read as bars.
func eachTimelineBin(a TimelineAxis, minWidth int, f func(x0, x1 int, days timeline.Range)) {
	perBin := timelineBinDays(a, minWidth)
	for from := a.Days.From; from <= a.Days.To; from += perBin {
		to := min(from+perBin-1, a.Days.To)
		x0, x1 := int(a.X(from)+0.5), int(a.X(to+1)+0.5)
		if x1-x0 >= 4 {
			x1--
		}
		if w := x1 - x0; w > 6*minWidth {
			narrow := max(6*minWidth, w*3/5)
			x0 += (w - narrow) / 2
			x1 = x0 + narrow
		}
		f(x0, x1, timeline.Range{From: from, To: to})
	}
}

// timelineBinDays is the days in a bin of the axis: see eachTimelineBin.
func timelineBinDays(a TimelineAxis, minWidth int) timeline.Day {
	return timeline.Day(max(1, math.Ceil(float64(minWidth)/a.PixelsPerDay())))
}

// barWidth is the fewest pixels a bar of the histogram takes, unscaled.
const barWidth = 3

// drawTimelineStacks draws a bar per bin in band, stacked by event type from
// the bottom, as tall as the bin's counts against the largest bin's. count
// fills a bin's counts per type; alpha is the bars' opacity.
func drawTimelineStacks(dst *image.RGBA, l timelineLayout, band image.Rectangle, count func(timeline.Range, []int), alpha uint8) {
	counts := timelineTypeCounts()
	peak := 0
	eachTimelineBin(l.axis, l.px(barWidth), func(_, _ int, days timeline.Range) {
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
		c := timelineEventType(t).Info().Colour
		colors[t] = timelineRGBA(color.NRGBA{c.R, c.G, c.B, alpha})
	}
	eachTimelineBin(l.axis, l.px(barWidth), func(x0, x1 int, days timeline.Range) {
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
	drawTimelineStacks(dst, l, l.bars, ix.PointCounts, 0xff)
}
