package timeline

import (
	"math"

	"github.com/chronomap/chronomap/data/event"
)

// histogram holds running totals over the days of the span, so that the
// counts of any range of days, for one histogram bar or one pixel column
// holding many days, cost a subtraction per type.
type histogram struct {
	first Day // the day the totals start at
	days  int
	// points[t][k] counts the point events of type t that start before
	// day first+k.
	points [][]int32
	// cover[t][k] sums, over the days before first+k, the number of span
	// events of type t whose window covers the day: event-days.
	cover [][]int64
	// spanStarts[k] and spanEnds[k] count the span events that start, and
	// end, before day first+k.
	spanStarts, spanEnds []int32
}

func newHistogram(span Range, types []uint8, points, spans []interval) histogram {
	h := histogram{first: span.From, days: span.Days()}
	h.points = make([][]int32, int(event.NumTypes))
	h.cover = make([][]int64, int(event.NumTypes))
	for t := range h.points {
		h.points[t] = make([]int32, h.days+1)
		h.cover[t] = make([]int64, h.days+1)
	}
	h.spanStarts = make([]int32, h.days+1)
	h.spanEnds = make([]int32, h.days+1)
	for _, iv := range points {
		h.points[types[iv.event]][iv.start-h.first+1]++
	}
	// cover first holds, per type, how coverage changes from one day to the
	// next: +1 where a window starts, -1 the day after it ends.
	for _, iv := range spans {
		t := types[iv.event]
		h.cover[t][iv.start-h.first]++
		if k := int(iv.end-h.first) + 1; k < h.days {
			h.cover[t][k]--
		}
		h.spanStarts[iv.start-h.first+1]++
		h.spanEnds[iv.end-h.first+1]++
	}
	for t := range h.points {
		runningTotal(h.points[t])
		cover := h.cover[t]
		var covering, total int64
		for k := 0; k < h.days; k++ {
			covering += cover[k]
			cover[k] = total
			total += covering
		}
		if h.days > 0 {
			cover[h.days] = total
		}
	}
	runningTotal(h.spanStarts)
	runningTotal(h.spanEnds)
	return h
}

// runningTotal replaces each element of a with the sum of it and those
// before it.
func runningTotal(a []int32) {
	for k := 1; k < len(a); k++ {
		a[k] += a[k-1]
	}
}

// before is the position in the running totals of the day d: the number of
// days of the span before it.
func (h *histogram) before(d Day) int {
	return int(max(0, min(int64(h.days), int64(d)-int64(h.first))))
}

// positions are where the running totals start and end for r; a > b never,
// so that an empty range counts nothing.
func (h *histogram) positions(r Range) (a, b int) {
	a, b = h.before(r.From), h.before(r.To.add(1))
	return a, max(a, b)
}

// PointCounts sets dst[t] to the number of events of type event.Type(t)
// dated to a day within r (see IsSpan for those that are not). dst must hold
// a count for every type.
func (ix *Index) PointCounts(r Range, dst []int) {
	h := &ix.hist
	a, b := h.positions(r)
	for t := range h.points {
		dst[t] = int(h.points[t][b] - h.points[t][a])
	}
}

// SpanCover sets dst[t] to the event-days of the span events of type
// event.Type(t) within r: the sum, over the days of r, of the number of
// their windows that cover the day. Divided by the days of r it is the
// average number of such windows open on a day, which the timeline draws
// when there are too many spans to draw one by one.
func (ix *Index) SpanCover(r Range, dst []int) {
	h := &ix.hist
	a, b := h.positions(r)
	for t := range h.cover {
		dst[t] = int(h.cover[t][b] - h.cover[t][a])
	}
}

// SpanCount is the number of span events whose window overlaps r; it costs
// two subtractions, so a caller can decide whether the spans are few enough
// to draw one by one before it fetches them.
func (ix *Index) SpanCount(r Range) int {
	if r.From > r.To {
		return 0
	}
	a, b := ix.hist.positions(r)
	return int(ix.hist.spanStarts[b] - ix.hist.spanEnds[a])
}

// Bulk is the shortest run of days that holds at least share (between 0
// and 1) of the events dated to a day: where a timeline opens when a few
// reports of other years would otherwise squeeze the rest into a few
// pixels. It is the whole span when no event is dated to a day.
func (ix *Index) Bulk(share float64) Range {
	h := &ix.hist
	total := func(k int) int { // point events before day first+k
		n := 0
		for t := range h.points {
			n += int(h.points[t][k])
		}
		return n
	}
	all := total(h.days)
	if all == 0 {
		return ix.span
	}
	need := max(1, int(math.Ceil(share*float64(all))))
	best := Range{From: MinDay, To: MaxDay}
	a, before := 0, 0 // the run starts on day first+a; before = total(a)
	for b := 1; b <= h.days; b++ {
		upTo := total(b)
		for upTo-before >= need {
			if r := (Range{h.first + Day(a), h.first + Day(b-1)}); r.Days() < best.Days() {
				best = r
			}
			a++
			before = total(a)
		}
	}
	return best
}
