package timeline

import (
	"iter"

	tl "github.com/chronomap/chronomap/data/timeline"
)

// SetShown counts and draws only the events flagged in shown, by index, as
// the filters keep them; nil shows them all. The playhead and the days
// along the strip stay, so that time does not move as the filters change.
func (t *Timeline) SetShown(shown []bool) {
	t.keep(shown)
	t.update(false)
}

// keep sets the filters' flags and what follows from them.
func (t *Timeline) keep(shown []bool) {
	t.shown = shown
	t.drawn = t.index
	t.undatedShown = t.index.UndatedCount()
	if shown != nil {
		t.drawn = t.index.Keeping(shown)
		t.undatedShown = 0
		for _, i := range t.index.Undated() {
			if shown[i] {
				t.undatedShown++
			}
		}
	}
}

// ShownIndex is the index the strip draws its histogram and spans from:
// that of the events the filters keep, the others in it as undated.
func (t *Timeline) ShownIndex() *tl.Index { return t.drawn }

// shows says whether the filters keep event i.
func (t *Timeline) shows(i int) bool { return t.shown == nil || t.shown[i] }

// Showing yields the events the timeline shows now: those of the current
// window that the filters keep, in the order of tl.Visible.All.
func (t *Timeline) Showing() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range t.VisibleEvents().All() {
			if t.shows(i) && !yield(i) {
				return
			}
		}
	}
}

// showingCount is how many events Showing yields.
func (t *Timeline) showingCount() int {
	if t.shown == nil {
		return t.VisibleEvents().Len()
	}
	n := 0
	for range t.Showing() {
		n++
	}
	return n
}
