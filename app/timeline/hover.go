package timeline

import (
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/chronomap/chronomap/app/render"
)

// MouseIn is part of desktop.Hoverable.
func (s *strip) MouseIn(e *desktop.MouseEvent) { s.MouseMoved(e) }

// MouseMoved shades the bar under the pointer and tells its days and
// their events in a tooltip. The strip is drawn again only when the pointer
// moves to another bar. It is part of desktop.Hoverable.
func (s *strip) MouseMoved(e *desktop.MouseEvent) {
	t := s.t
	if _, ok := t.index.Extent(); !ok || s.inOverview(e.Position) {
		s.MouseOut()
		return
	}
	scale := s.pixels()
	days := render.TimelineBinAt(s.axis(), float64(scale), float64(e.Position.X*scale))
	if t.hover == nil || *t.hover != days {
		t.hover = &days
		s.Refresh()
	}
	t.tip.ShowAt(render.TimelineHoverText(t.drawn, days), s.Position().Add(e.Position), t.Size())
}

// MouseOut is part of desktop.Hoverable.
func (s *strip) MouseOut() {
	if s.t.hover != nil {
		s.t.hover = nil
		s.Refresh()
	}
	s.t.tip.Dismiss()
}
