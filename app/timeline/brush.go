package timeline

import tl "github.com/chronomap/chronomap/data/timeline"

// ShowRange shows the days r on the map, whatever the mode, as
// shift-dragging on the strip does; the playhead goes to the last of them.
// Moving the playhead, choosing a mode, Escape or a click on the strip go
// back to the mode's window.
func (t *Timeline) ShowRange(r tl.Range) {
	if r.From > r.To {
		r.From, r.To = r.To, r.From
	}
	if t.brush != nil && *t.brush == r {
		return
	}
	t.Pause()
	t.brush, t.playhead = &r, r.To
	t.update(true)
}

// Range is the days brushed on the strip; ok is false when the mode's
// window is shown instead.
func (t *Timeline) Range() (r tl.Range, ok bool) {
	if t.brush == nil {
		return tl.Range{}, false
	}
	return *t.brush, true
}

// ClearRange goes back from the days brushed to the mode's window ending
// at the playhead.
func (t *Timeline) ClearRange() {
	if t.brush != nil {
		t.brush = nil
		t.update(true)
	}
}
