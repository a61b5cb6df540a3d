package render

import (
	"image"
	"image/color"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/timeline"
)

// TimelineStrip is what a timeline strip shows: the days along its axis, a
// histogram of the events per day stacked by type, the events known only as
// a window as spans, the current window shaded, the playhead and the
// selected event.
type TimelineStrip struct {
	Index    *timeline.Index
	Days     timeline.Range   // the days along the axis
	Visible  timeline.Visible // the current window; it ends at the playhead
	Selected int              // the selected event, -1 for none
	// Whole is the days the strip can scroll over; when Days is a part of
	// them, a thin band above the plot shows them all, with Days marked.
	Whole timeline.Range
	// Hover is the days under the pointer (a bar's), highlighted; nil for
	// none.
	Hover  *timeline.Range
	Colors TimelineColors
	// Scale is the pixels per unit of size, for high-density screens; 0
	// counts as 1. Text, margins and marks grow with it.
	Scale float64
}

// TimelineColors are the strip's colours other than the event types'.
type TimelineColors struct {
	Background, Text, Grid color.Color
	Window                 color.Color // the current window's shade, translucent
	Playhead               color.Color
	Highlight              color.Color // the edges of the selected event's days, and their tint
}

// LightTimeline are colours for a light theme.
var LightTimeline = TimelineColors{
	Background: color.RGBA{0xfa, 0xfa, 0xfa, 0xff},
	Text:       color.RGBA{0x33, 0x33, 0x33, 0xff},
	Grid:       color.NRGBA{0x33, 0x33, 0x33, 0x30},
	Window:     color.NRGBA{0x29, 0x6f, 0xd6, 0x30},
	Playhead:   color.RGBA{0x1a, 0x56, 0xb0, 0xff},
	Highlight:  color.NRGBA{0xff, 0xb3, 0x00, 0xff},
}

// TimelineHits is where DrawTimeline put things, for a widget to turn
// pointer positions into days and events.
type TimelineHits struct {
	Axis  TimelineAxis
	Spans []SpanHit // the spans drawn one by one; none when they were aggregated
	// Overview is the band of the whole days and its axis, an empty
	// rectangle when there is none.
	Overview     image.Rectangle
	OverviewAxis TimelineAxis
}

// SpanHit is the rectangle a span event was drawn in.
type SpanHit struct {
	Event int
	Rect  image.Rectangle
}

// EventAt is the span event drawn at or within a few pixels of (x, y).
func (h TimelineHits) EventAt(x, y int) (event int, ok bool) {
	const slop = 2
	for _, s := range h.Spans {
		if (image.Point{x, y}).In(s.Rect.Inset(-slop)) {
			return s.Event, true
		}
	}
	return 0, false
}

// timelineLayout divides a strip into its bands, top to bottom: the
// overview when there is one, the spans, the histogram, the axis line and
// two rows of labels.
type timelineLayout struct {
	scale              float64
	axis               TimelineAxis
	overview           image.Rectangle // empty when Days are all the days
	spans, bars, plot  image.Rectangle // plot holds the spans and the bars
	axisY              int
	labelY, contextY   int // baselines of the two label rows
	tickStyle, context Style
}

// timelinePixels is n pixels at scale (1 for ordinary screens), at least one.
func timelinePixels(n int, scale float64) int { return max(1, int(float64(n)*max(scale, 1)+0.5)) }

// TimelineAxisFor is the axis DrawTimeline draws for days in a strip width
// pixels wide at the given scale (see TimelineStrip.Scale), for a widget to
// find the day under the pointer before the strip is drawn.
func TimelineAxisFor(width int, scale float64, days timeline.Range) TimelineAxis {
	pad := timelinePixels(8, scale)
	return TimelineAxis{Days: days, Left: float64(pad), Right: float64(width - pad)}
}

func layoutTimeline(b image.Rectangle, s TimelineStrip, c timelinePalette) timelineLayout {
	l := timelineLayout{
		scale:     max(s.Scale, 1),
		tickStyle: Style{Size: 12 * max(s.Scale, 1), Color: c.Text},
		context:   Style{Size: 12 * max(s.Scale, 1), Bold: true, Color: c.Text},
	}
	_, asc, desc := MeasureText("0", l.tickStyle)
	row := asc + desc + l.px(2)
	l.contextY = b.Max.Y - desc - l.px(2)
	l.labelY = l.contextY - row
	l.axisY = l.labelY - asc - l.px(5)
	l.axis = TimelineAxisFor(b.Dx(), s.Scale, s.Days)
	l.axis.Left += float64(b.Min.X)
	l.axis.Right += float64(b.Min.X)
	left, right := int(l.axis.Left), int(l.axis.Right)
	plotTop := b.Min.Y
	if s.zoomed() {
		l.overview = image.Rect(left, b.Min.Y+l.px(3), right, b.Min.Y+l.px(3)+l.px(overviewHeight))
		plotTop = l.overview.Max.Y + l.px(3)
	}
	top := plotTop + l.px(6)
	spanHeight := max(l.px(6), (l.axisY-top)/3)
	l.spans = image.Rect(left, top, right, top+spanHeight)
	l.bars = image.Rect(left, l.spans.Max.Y+l.px(3), right, l.axisY)
	l.plot = image.Rect(left, plotTop, right, l.axisY)
	return l
}

// px is n pixels at the layout's scale.
func (l timelineLayout) px(n int) int { return timelinePixels(n, l.scale) }

// DrawTimeline draws s over the whole of dst and tells where it put the
// days and the spans.
func DrawTimeline(dst *image.RGBA, s TimelineStrip) TimelineHits {
	if s.Colors.Background == nil {
		s.Colors = LightTimeline
	}
	c := s.Colors.palette()
	b := dst.Bounds()
	timelineFill(dst, b, c.Background)
	l := layoutTimeline(b, s, c)
	hits := TimelineHits{Axis: l.axis}
	if s.Index == nil || s.Days.Days() == 0 || l.bars.Dy() < 4 || l.axis.Right <= l.axis.Left {
		return hits
	}
	hits.Overview, hits.OverviewAxis = drawTimelineOverview(dst, l, s, c)
	timelineShade(dst, l, s.Visible.Range, l.plot, c.Window)
	if s.Hover != nil {
		timelineShade(dst, l, *s.Hover, l.plot, c.Hover)
	}
	tintTimelineSelected(dst, l, s, c)
	drawTimelineGrid(dst, l, c)
	drawTimelineBars(dst, l, s.Index)
	hits.Spans = drawTimelineSpans(dst, l, s.Index)
	markTimelineSelected(dst, l, s, hits.Spans, c)
	drawTimelineAxis(dst, l, c)
	drawTimelinePlayhead(dst, l, s.Visible.Range.To, c.Playhead)
	return hits
}

// timelineColumns is the pixel columns [x0, x1) that days r cover, clamped to
// the axis, at least one pixel wide.
func timelineColumns(a TimelineAxis, r timeline.Range) (x0, x1 int) {
	from, to := max(r.From, a.Days.From), min(r.To, a.Days.To)
	x0 = int(a.X(from) + 0.5)
	x1 = max(x0+1, int(a.X(to+1)+0.5))
	return x0, x1
}

// timelineShade blends col over the columns of days r within the rows of
// band.
func timelineShade(dst *image.RGBA, l timelineLayout, r timeline.Range, band image.Rectangle, col color.RGBA) {
	if !l.axis.Days.Overlaps(r.From, r.To) {
		return
	}
	x0, x1 := timelineColumns(l.axis, r)
	timelineFill(dst, image.Rect(x0, band.Min.Y, x1, band.Max.Y), col)
}

// timelineFill paints col over rectangle r of dst, blending it in when it
// is translucent. It writes the pixels itself: the strip fills thousands of
// small rectangles a frame, and draw.Draw would need an image per colour.
// col is premultiplied, as color.RGBA is; rgbaOf gives it for any colour.
func timelineFill(dst *image.RGBA, r image.Rectangle, col color.RGBA) {
	r = r.Intersect(dst.Bounds())
	if r.Empty() || col.A == 0 {
		return
	}
	row := func(y int) []byte { return dst.Pix[dst.PixOffset(r.Min.X, y):dst.PixOffset(r.Max.X, y)] }
	if col.A == 0xff { // paint the first row, and copy it to the others
		first := row(r.Min.Y)
		for i := 0; i < len(first); i += 4 {
			first[i], first[i+1], first[i+2], first[i+3] = col.R, col.G, col.B, 0xff
		}
		for y := r.Min.Y + 1; y < r.Max.Y; y++ {
			copy(row(y), first)
		}
		return
	}
	src := [4]uint32{uint32(col.R), uint32(col.G), uint32(col.B), uint32(col.A)}
	keep := 255 - uint32(col.A) // how much of what is under shows through
	for y := r.Min.Y; y < r.Max.Y; y++ {
		px := row(y)
		for i := 0; i < len(px); i += 4 {
			for k, c := range src {
				px[i+k] = uint8((uint32(px[i+k])*keep+127)/255 + c)
			}
		}
	}
}

// timelinePalette is TimelineColors premultiplied, as timelineFill takes
// them, with the tint of the selected event's days.
type timelinePalette struct {
	Background, Text, Grid, Window, Playhead, Highlight, Tint color.RGBA
	Hover                                                     color.RGBA // the days under the pointer: a faint shade of the text
}

func (c TimelineColors) palette() timelinePalette {
	h, t := timelineRGBA(c.Highlight), color.NRGBAModel.Convert(c.Text).(color.NRGBA)
	return timelinePalette{
		Background: timelineRGBA(c.Background), Text: timelineRGBA(c.Text), Grid: timelineRGBA(c.Grid),
		Window: timelineRGBA(c.Window), Playhead: timelineRGBA(c.Playhead), Highlight: h,
		Tint:  timelineRGBA(color.NRGBA{h.R, h.G, h.B, 0x50}),
		Hover: timelineRGBA(color.NRGBA{t.R, t.G, t.B, 0x28}),
	}
}

// timelineRGBA is c premultiplied.
func timelineRGBA(c color.Color) color.RGBA {
	r, g, b, a := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

// drawTimelinePlayhead draws the playhead down the middle of its day, with a
// handle on top to show it can be dragged, both cut to the axis's columns
// so that on the first and last days they stay on the strip. A playhead on
// a day before or after those shown is an arrow inside that edge, pointing
// out.
func drawTimelinePlayhead(dst *image.RGBA, l timelineLayout, p timeline.Day, col color.RGBA) {
	w, h := l.px(1), l.px(5)
	left, right := int(l.axis.Left), int(l.axis.Right)
	dst = dst.SubImage(image.Rect(left, l.plot.Min.Y, right, l.axisY+l.px(4))).(*image.RGBA)
	if p < l.axis.Days.From || p > l.axis.Days.To {
		x, dir := left, 1 // the column of the arrow's tip, and the way to its base
		if p > l.axis.Days.To {
			x, dir = right-1, -1
		}
		mid := (l.plot.Min.Y + l.axisY) / 2
		for i := 0; i < h; i++ {
			timelineFill(dst, image.Rect(x+dir*i, mid-i, x+dir*i+1, mid+i+1), col)
		}
		timelineFill(dst, image.Rect(x, l.plot.Min.Y, x+dir*w, l.axisY).Canon(), col) // the edge the days go on past
		return
	}
	x := int((l.axis.X(p) + l.axis.X(p+1)) / 2)
	timelineFill(dst, image.Rect(x-w, l.plot.Min.Y, x+w, l.axisY+l.px(4)), col)
	for i := 0; i < h; i++ { // a triangle pointing down
		timelineFill(dst, image.Rect(x-h+i, l.plot.Min.Y+i, x+h-i, l.plot.Min.Y+i+1), col)
	}
}

// timelineTypeCounts is a count per event type, in the order of event.Types.
func timelineTypeCounts() []int { return make([]int, event.NumTypes) }
