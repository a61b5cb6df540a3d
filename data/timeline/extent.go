package timeline

import "sort"

// Extent is every day of the events' windows, from the first day one
// starts to the last day one ends, long windows included ("in the 1990s"):
// the days a timeline can scroll to, and its first and last event. Span
// leaves the long windows out. ok is false when no event is dated.
func (ix *Index) Extent() (r Range, ok bool) { return ix.extent, ix.extent.From <= ix.extent.To }

// starts is the number of dated events whose window starts before day
// first+k of the histogram: it grows with k, by the events starting on
// each day.
func (h *histogram) starts(k int) int {
	n := int(h.spanStarts[k])
	for t := range h.points {
		n += int(h.points[t][k])
	}
	return n
}

// NextDay is the first day after d on which a dated event's window starts,
// long windows included; ok is false when none does. With PrevDay it steps
// a timeline from event to event over the empty days between them.
func (ix *Index) NextDay(d Day) (next Day, ok bool) {
	h := &ix.hist
	a := h.before(d.add(1))
	base := h.starts(a)
	// The first k with an event starting on day first+k is the first whose
	// count up to and including it exceeds base.
	k := a + sort.Search(h.days-a, func(i int) bool { return h.starts(a+i+1) > base })
	if k >= h.days {
		return 0, false
	}
	return h.first + Day(k), true
}

// PrevDay is the last day before d on which a dated event's window starts;
// ok is false when none does.
func (ix *Index) PrevDay(d Day) (prev Day, ok bool) {
	h := &ix.hist
	b := h.before(d)
	base := h.starts(b)
	if base == 0 {
		return 0, false
	}
	// The day sought is the one before the first k that already counts
	// every event starting before d.
	k := sort.Search(b, func(k int) bool { return h.starts(k) == base })
	return h.first + Day(k-1), true
}
