package render

import (
	"image"

	"github.com/chronomap/chronomap/data/timeline"
)

// overviewHeight is the height of the overview band, in unscaled pixels.
const overviewHeight = 8

// zoomed reports whether the strip shows a part of its whole days, and so
// the overview band.
func (s TimelineStrip) zoomed() bool {
	return s.Whole.From <= s.Days.From && s.Days.To <= s.Whole.To && s.Whole.Days() > s.Days.Days()
}

// drawTimelineOverview draws the band of the whole days: how many events
// each column holds, the days the axis shows framed, and the playhead. A
// window of years shows in the band, as one event a day over its days, so
// that the user sees what is out there to scroll to. It returns the band
// and its axis, for a widget to scroll the strip to the day clicked there.
func drawTimelineOverview(dst *image.RGBA, l timelineLayout, s TimelineStrip, c timelinePalette) (image.Rectangle, TimelineAxis) {
	if l.overview.Empty() {
		return image.Rectangle{}, TimelineAxis{}
	}
	band := l.overview
	whole := l
	whole.axis = TimelineAxis{Days: s.Whole, Left: l.axis.Left, Right: l.axis.Right}
	timelineFill(dst, band, c.Grid)
	spans := timelineTypeCounts()
	count := func(days timeline.Range, dst []int) {
		s.Index.PointCounts(days, dst)
		s.Index.SpanCover(days, spans)
		for t, n := range spans {
			dst[t] += (n + days.Days() - 1) / days.Days() // any window open shows
		}
	}
	drawTimelineStacks(dst, whole, band.Inset(1), count, 0xcc)
	x0, x1 := timelineColumns(whole.axis, s.Days)
	if x1-x0 < 3 {
		x0, x1 = x0-1, x0+2
	}
	shown := image.Rect(x0, band.Min.Y, x1, band.Max.Y)
	timelineFill(dst, shown, c.Window)
	for _, edge := range []image.Rectangle{
		{shown.Min, image.Pt(shown.Max.X, shown.Min.Y+1)},
		{image.Pt(shown.Min.X, shown.Max.Y-1), shown.Max},
		{shown.Min, image.Pt(shown.Min.X+1, shown.Max.Y)},
		{image.Pt(shown.Max.X-1, shown.Min.Y), shown.Max},
	} {
		timelineFill(dst, edge, c.Playhead)
	}
	return band, whole.axis
}
