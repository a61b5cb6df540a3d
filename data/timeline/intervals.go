package timeline

import (
	"math/bits"
	"sort"
)

// interval is one event's window of days.
type interval struct {
	start, end Day
	event      int32
}

// intervals finds the windows that overlap a range of days. Sorting by start
// alone would not do: a range's overlapping windows can start any time before
// it, so one long window would force a scan back to the beginning. Windows
// are therefore split into classes by length (1 day, 2, 3–4, 5–8, …), and a
// class whose windows last at most L days is scanned from L-1 days before the
// range. Of those L-1 days of lead-in, windows starting in the later half
// all reach the range (they last more than L/2 days), so a query costs a
// binary search per class plus about the visible windows.
type intervals struct{ classes []lengthClass }

// lengthClass holds the windows of one length class, sorted by start, in
// parallel slices so that the binary search touches only the starts.
type lengthClass struct {
	maxLen Day
	start  []Day
	end    []Day
	event  []int32
}

// classOf is the length class of a window of n ≥ 1 days.
func classOf(n Day) int { return bits.Len32(uint32(n - 1)) }

// newIntervals indexes windows given in the order of their events, all
// within the days of span.
func newIntervals(all []interval, span Range) intervals {
	// A counting sort by start keeps the events' order among windows that
	// start on the same day, and costs a pass over the days rather than
	// a comparison sort of a million windows.
	starts := make([]int, span.Days()+1)
	perClass := []int{}
	for _, iv := range all {
		starts[iv.start-span.From+1]++
		c := classOf(iv.end - iv.start + 1)
		for len(perClass) <= c {
			perClass = append(perClass, 0)
		}
		perClass[c]++
	}
	for k := 1; k < len(starts); k++ {
		starts[k] += starts[k-1]
	}
	sorted := make([]interval, len(all))
	for _, iv := range all {
		k := iv.start - span.From
		sorted[starts[k]] = iv
		starts[k]++
	}
	s := intervals{classes: make([]lengthClass, len(perClass))}
	for c, n := range perClass {
		s.classes[c] = lengthClass{
			maxLen: 1 << c,
			start:  make([]Day, 0, n),
			end:    make([]Day, 0, n),
			event:  make([]int32, 0, n),
		}
	}
	for _, iv := range sorted {
		lc := &s.classes[classOf(iv.end-iv.start+1)]
		lc.start = append(lc.start, iv.start)
		lc.end = append(lc.end, iv.end)
		lc.event = append(lc.event, iv.event)
	}
	return s
}

// bounds splits the class for the range r: the windows in [lo, mid) start
// before r and may or may not reach it, those in [mid, hi) start within it
// and all overlap it.
func (c *lengthClass) bounds(r Range) (lo, mid, hi int) {
	hi = sort.Search(len(c.start), func(i int) bool { return c.start[i] > r.To })
	mid = sort.Search(hi, func(i int) bool { return c.start[i] >= r.From })
	earliest := r.From.add(1 - int(c.maxLen))
	lo = sort.Search(mid, func(i int) bool { return c.start[i] >= earliest })
	return lo, mid, hi
}

// runs calls yield with the events whose windows overlap r, a run of them
// at a time (a whole stretch of a class where no window needs checking),
// until yield returns false; it reports whether it went through all of them.
func (s *intervals) runs(r Range, yield func(events []int32) bool) bool {
	if r.From > r.To {
		return true
	}
	for ci := range s.classes {
		c := &s.classes[ci]
		lo, mid, hi := c.bounds(r)
		for i := lo; i < mid; i++ {
			if c.end[i] >= r.From && !yield(c.event[i:i+1]) {
				return false
			}
		}
		if mid < hi && !yield(c.event[mid:hi]) {
			return false
		}
	}
	return true
}
