package timeline

import "iter"

// Visible is the set of events a timeline shows: those whose window
// overlaps a range of days, and the undated ones if they are shown. It is a
// small value that describes the set rather than listing it, so that a step
// costs nothing until the set is read, and Contains answers at once.
type Visible struct {
	ix      *Index
	Range   Range // the days shown, inclusive; From is MinDay in the cumulative mode
	Mode    Mode  // the mode the range comes from
	Undated bool  // whether the undated events are shown too
}

// View is what the timeline shows with the playhead on day p in mode m,
// with or without the undated events.
func (ix *Index) View(p Day, m Mode, undated bool) Visible {
	return Visible{ix: ix, Range: m.Range(p), Mode: m, Undated: undated}
}

// Between is what the timeline shows when the user chose the days r on the
// strip, in the Brushed mode: the events whose window overlaps r, with or
// without the undated events. A window ending at the playhead would not do:
// the user asked for these days, whichever the playhead is on.
func (ix *Index) Between(r Range, undated bool) Visible {
	return Visible{ix: ix, Range: r, Mode: Brushed, Undated: undated}
}

// Cumulative reports whether the set holds every event up to the playhead.
func (v Visible) Cumulative() bool { return v.Mode == Cumulative }

// Contains reports whether event i is in the set.
func (v Visible) Contains(i int) bool {
	if v.ix == nil || i < 0 || i >= v.ix.Len() {
		return false
	}
	r, dated := v.ix.Window(i)
	if !dated {
		return v.Undated
	}
	return v.Range.Overlaps(r.From, r.To)
}

// runs calls yield with the events of the set a run at a time until it
// returns false: the dated ones, then the undated ones if they are shown.
func (v Visible) runs(yield func([]int32) bool) {
	if v.ix == nil {
		return
	}
	if !v.ix.points.runs(v.Range, yield) || !v.ix.spans.runs(v.Range, yield) {
		return
	}
	if v.Undated && len(v.ix.undated) > 0 {
		yield(v.ix.undated)
	}
}

// All yields the events of the set, by their position in the events the
// index was built from: the dated ones, then the undated ones, in an order
// that is the same for the same set but is not by date.
func (v Visible) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		v.runs(func(run []int32) bool {
			for _, e := range run {
				if !yield(int(e)) {
					return false
				}
			}
			return true
		})
	}
}

// AppendTo appends the events of the set to dst, in the order of All; a
// caller that keeps dst between steps allocates nothing once it is large
// enough.
func (v Visible) AppendTo(dst []int32) []int32 {
	v.runs(func(run []int32) bool {
		dst = append(dst, run...)
		return true
	})
	return dst
}

// Len is the number of events in the set.
func (v Visible) Len() int {
	n := 0
	v.runs(func(run []int32) bool {
		n += len(run)
		return true
	})
	return n
}
