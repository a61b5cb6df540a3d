package timeline

import (
	"slices"

	"github.com/chronomap/chronomap/data/event"
)

// Index is the timeline's view of a set of events: their windows in days,
// indexed for range queries, and the daily counts the histogram draws. It
// does not change once built and is safe for concurrent use.
type Index struct {
	start, end []Day   // each event's window, by event; start > end for undated events
	types      []uint8 // each event's type, as its position in event.Types
	// points are the events dated to a day (a window of one or two days),
	// spans those known only as a longer window.
	points, spans intervals
	undated       []int32
	span          Range // the days a timeline shows: see Span
	extent        Range // every day of a window, long ones too: see Extent
	hist          histogram
}

// New indexes events; the index refers to each by its position in events.
func New(events []event.Event) *Index {
	start, end, types := make([]Day, len(events)), make([]Day, len(events)), make([]uint8, len(events))
	for i := range events {
		e := &events[i]
		types[i] = uint8(e.Type.Known())
		if e.Window == nil {
			start[i], end[i] = 1, 0
			continue
		}
		start[i] = DayOf(e.Window.Start)
		end[i] = max(DayOf(e.Window.End), start[i]) // a reversed window is read as its first day
	}
	return newIndex(start, end, types)
}

// Keeping is an index of the same events in which those keep does not
// flag are undated: they count on no day and are visible on none, while
// the others keep their indices. It is what a filter leaves of the
// events, made without going back to them.
func (ix *Index) Keeping(keep []bool) *Index {
	start, end := slices.Clone(ix.start), slices.Clone(ix.end)
	for i, kept := range keep {
		if !kept {
			start[i], end[i] = 1, 0
		}
	}
	return newIndex(start, end, ix.types)
}

// newIndex indexes the events of these windows and types, by position;
// start > end for an undated event. The index keeps the slices.
func newIndex(start, end []Day, types []uint8) *Index {
	ix := &Index{start: start, end: end, types: types, span: Range{From: MaxDay, To: MinDay}}
	all := ix.span // every day of a window, for the histogram
	// Counted first, so that a million events are not copied over and
	// over as the slices grow.
	undated, pointCount := 0, 0
	for i := range start {
		switch {
		case start[i] > end[i]:
			undated++
		case isPoint(start[i], end[i]):
			pointCount++
		}
	}
	ix.undated = make([]int32, 0, undated)
	points := make([]interval, 0, pointCount)
	spans := make([]interval, 0, len(start)-undated-pointCount)
	for i := range start {
		if start[i] > end[i] {
			ix.undated = append(ix.undated, int32(i))
			continue
		}
		iv := interval{start: start[i], end: end[i], event: int32(i)}
		all = all.hull(iv)
		if iv.end-iv.start < maxSpanDays {
			ix.span = ix.span.hull(iv)
		}
		if isPoint(iv.start, iv.end) {
			points = append(points, iv)
		} else {
			spans = append(spans, iv)
		}
	}
	if ix.span.From > ix.span.To {
		ix.span = all
	}
	ix.extent = all
	ix.points, ix.spans = newIntervals(points, all), newIntervals(spans, all)
	ix.hist = newHistogram(all, ix.types, points, spans)
	return ix
}

// isPoint reports whether a window pins its event to a day: the one- or
// two-day windows of the day precision ("overnight", "late Tuesday").
func isPoint(start, end Day) bool { return end-start <= 1 }

// Len is the number of events indexed, dated or not.
func (ix *Index) Len() int { return len(ix.types) }

// maxSpanDays is the longest window that counts towards the span.
const maxSpanDays = 31

// Span is the days a timeline shows: from the first day a window starts to
// the last day one ends, among the windows of a month or less, or among all
// the windows if none is that short. A window of years ("in the 1990s",
// "last year") would stretch the timeline over years with nothing dated in
// them; such events are still visible whenever their window overlaps the
// days shown. ok is false when no event is dated.
func (ix *Index) Span() (r Range, ok bool) { return ix.span, ix.span.From <= ix.span.To }

// Clamp is the day of the span nearest to d.
func (ix *Index) Clamp(d Day) Day {
	if _, ok := ix.Span(); !ok {
		return d
	}
	return max(ix.span.From, min(ix.span.To, d))
}

// Window is event i's window of days; ok is false when it is undated.
func (ix *Index) Window(i int) (r Range, ok bool) {
	return Range{ix.start[i], ix.end[i]}, ix.start[i] <= ix.end[i]
}

// IsSpan reports whether event i is known only as a window of more than two
// days, which the timeline draws as a span rather than counting on a day.
func (ix *Index) IsSpan(i int) bool {
	return ix.start[i] <= ix.end[i] && !isPoint(ix.start[i], ix.end[i])
}

// Type is event i's type.
func (ix *Index) Type(i int) event.Type { return event.Type(ix.types[i]) }

// Undated are the events with no date window, in the order they were given.
func (ix *Index) Undated() []int32 { return slices.Clone(ix.undated) }

// UndatedCount is the number of events with no date window.
func (ix *Index) UndatedCount() int { return len(ix.undated) }

// Spans appends to dst the events known only as a window (see IsSpan) whose
// window overlaps r.
func (ix *Index) Spans(dst []int32, r Range) []int32 {
	ix.spans.runs(r, func(run []int32) bool {
		dst = append(dst, run...)
		return true
	})
	return dst
}
