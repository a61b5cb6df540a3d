package render

import (
	"cmp"
	"image"
	"slices"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/timeline"
)

// maxSpansTried is how many spans the strip tries to draw one by one before
// it aggregates them without trying.
const maxSpansTried = 1000

// spanLane is the height of a span's bar and the pitch of the lanes.
func (l timelineLayout) spanLane() (height, pitch int) { return l.px(2), l.px(3) }

// timelineEventType is the event type at position t of event.Types.
func timelineEventType(t int) event.Type { return event.Type(t) }

// drawTimelineSpans draws the events known only as a window in the span
// band: each as a bar in the first lane where it fits when they all fit,
// otherwise, aggregated, how many windows are open on each day, stacked by
// type. It returns the bars drawn one by one.
func drawTimelineSpans(dst *image.RGBA, l timelineLayout, ix *timeline.Index) []SpanHit {
	n := ix.SpanCount(l.axis.Days)
	if n == 0 {
		return nil
	}
	if n <= maxSpansTried {
		if hits, ok := packTimelineSpans(l, ix); ok {
			for _, h := range hits {
				timelineFill(dst, h.Rect, ix.Type(h.Event).Info().Colour)
			}
			return hits
		}
	}
	cover := func(days timeline.Range, dst []int) {
		ix.SpanCover(days, dst)
		for t := range dst {
			dst[t] /= days.Days() // the windows open on an average day
		}
	}
	drawTimelineStacks(dst, l, l.spans, cover, 0x99)
	return nil
}

// packTimelineSpans lays the spans out in lanes, each in the first lane
// where it does not touch the bar before it, earliest first; ok is false
// when there are more than the lanes hold.
func packTimelineSpans(l timelineLayout, ix *timeline.Index) (hits []SpanHit, ok bool) {
	events := ix.Spans(nil, l.axis.Days)
	window := func(e int32) timeline.Range { r, _ := ix.Window(int(e)); return r }
	slices.SortFunc(events, func(a, b int32) int {
		ra, rb := window(a), window(b)
		return cmp.Or(cmp.Compare(ra.From, rb.From), cmp.Compare(rb.To, ra.To), cmp.Compare(a, b))
	})
	height, pitch := l.spanLane()
	lanes := max(1, l.spans.Dy()/pitch)
	laneEnd := make([]int, lanes)
	for i := range laneEnd {
		laneEnd[i] = -1 << 30
	}
	for _, e := range events {
		x0, x1 := timelineColumns(l.axis, window(e))
		x1 = max(x1, x0+2)
		lane := slices.IndexFunc(laneEnd, func(end int) bool { return end < x0 })
		if lane < 0 {
			return nil, false
		}
		laneEnd[lane] = x1
		y := l.spans.Max.Y - height - lane*pitch
		hits = append(hits, SpanHit{Event: int(e), Rect: image.Rect(x0, y, x1, y+height)})
	}
	return hits, true
}

// timelineSelectedColumns are the pixel columns of the selected event's days, at
// least three wide so that one day stays visible at any scale; ok is false
// when nothing dated is selected, or its days are not shown.
func timelineSelectedColumns(l timelineLayout, s TimelineStrip) (x0, x1 int, ok bool) {
	if s.Selected < 0 || s.Selected >= s.Index.Len() {
		return 0, 0, false
	}
	r, dated := s.Index.Window(s.Selected)
	if !dated || !l.axis.Days.Overlaps(r.From, r.To) {
		return 0, 0, false
	}
	x0, x1 = timelineColumns(l.axis, r)
	if x1-x0 < 3 {
		x0, x1 = x0-1, x0+2
	}
	return x0, x1, true
}

// tintTimelineSelected tints the days of the selected event behind the bars.
func tintTimelineSelected(dst *image.RGBA, l timelineLayout, s TimelineStrip, c timelinePalette) {
	x0, x1, ok := timelineSelectedColumns(l, s)
	if !ok {
		return
	}
	timelineFill(dst, image.Rect(x0, l.plot.Min.Y, x1, l.plot.Max.Y), c.Tint)
}

// markTimelineSelected draws the edges of the selected event's days up the
// plot, and its bar framed if it is a span.
func markTimelineSelected(dst *image.RGBA, l timelineLayout, s TimelineStrip, spans []SpanHit, c timelinePalette) {
	x0, x1, ok := timelineSelectedColumns(l, s)
	if !ok {
		return
	}
	timelineFill(dst, image.Rect(x0, l.plot.Min.Y, x0+1, l.plot.Max.Y), c.Highlight)
	timelineFill(dst, image.Rect(x1-1, l.plot.Min.Y, x1, l.plot.Max.Y), c.Highlight)
	if !s.Index.IsSpan(s.Selected) {
		return
	}
	height, _ := l.spanLane()
	bar := image.Rect(x0, l.spans.Min.Y, x1, l.spans.Min.Y+height+1)
	if i := slices.IndexFunc(spans, func(h SpanHit) bool { return h.Event == s.Selected }); i >= 0 {
		bar = spans[i].Rect
	}
	timelineFill(dst, bar.Inset(-1), c.Text) // a frame round the bar drawn next
	timelineFill(dst, bar, s.Index.Type(s.Selected).Info().Colour)
}
