package timeline

import (
	"cmp"
	"math/bits"
	"slices"
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

func newIntervals(all []interval) intervals {
	var byClass [][]interval
	for _, iv := range all {
		c := classOf(iv.end - iv.start + 1)
		for len(byClass) <= c {
			byClass = append(byClass, nil)
		}
		byClass[c] = append(byClass[c], iv)
	}
	s := intervals{classes: make([]lengthClass, len(byClass))}
	for c, ivs := range byClass {
		// By start, then by event, so that queries list events in a stable
		// order.
		slices.SortFunc(ivs, func(a, b interval) int {
			if a.start != b.start {
				return cmp.Compare(a.start, b.start)
			}
			return cmp.Compare(a.event, b.event)
		})
		lc := lengthClass{
			maxLen: 1 << c,
			start:  make([]Day, len(ivs)),
			end:    make([]Day, len(ivs)),
			event:  make([]int32, len(ivs)),
		}
		for i, iv := range ivs {
			lc.start[i], lc.end[i], lc.event[i] = iv.start, iv.end, iv.event
		}
		s.classes[c] = lc
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
