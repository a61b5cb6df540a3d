package mapview

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/chronomap/chronomap/app/render"
)

// Dragged pans the map with the pointer, or takes the selected event's
// marker with it when the drag started on it. It is part of
// fyne.Draggable.
func (m *Map) Dragged(e *fyne.DragEvent) {
	if m.move != nil {
		m.dragMarker(e.Position)
		return
	}
	m.view = m.view.Pan(float64(e.Dragged.DX), float64(e.Dragged.DY))
	m.moved()
	m.tip.Dismiss()
	m.raster.Refresh()
}

// DragEnd drops the marker dragged, if any. It is part of fyne.Draggable.
func (m *Map) DragEnd() {
	if m.move != nil {
		m.dropMarker()
	}
}

// wheelLevels is how many zoom levels a unit of scrolling is: a wheel
// notch (25 units on Linux and Windows, 10 on macOS) zooms by half a level
// or less; a trackpad's smooth scrolling zooms smoothly.
const wheelLevels = 1.0 / 50

// Scrolled zooms at the pointer, in as the wheel turns away from the user.
// It is part of fyne.Scrollable. Fyne delivers a trackpad's two-finger
// scrolling here too; it has no pinch gesture on the desktop.
func (m *Map) Scrolled(e *fyne.ScrollEvent) {
	dz := float64(e.Scrolled.DY) * wheelLevels
	dz = max(-1, min(1, dz))
	m.zoomAt(e.Position, dz)
}

// Tapped selects the event under the pointer, zooms into the cluster
// there, or, when the cluster's events share one place, opens it and
// steps through them. It is part of fyne.Tappable.
func (m *Map) Tapped(e *fyne.PointEvent) {
	hit := m.hitAt(e.Position)
	// The selected event is drawn over its cluster; a tap on it goes on to
	// the next event there.
	if hit.Kind == render.OnEvent && hit.Index == m.scene.Selected {
		if c, ok := m.frame.ClusterAt(m.pixel(e.Position)); ok && m.frame.Clusters[c].Count > 1 && !m.separable(c) {
			hit = render.Hit{Kind: render.OnCluster, Index: c}
		}
	}
	switch hit.Kind {
	case render.OnLegendToggle:
		m.SetLegendCollapsed(!m.scene.LegendCollapsed)
	case render.OnEvent:
		m.pick(hit.Index)
	case render.OnCluster:
		if m.separable(hit.Index) {
			m.zoomInto(hit.Index, e.Position)
		} else {
			m.stepping.open(m.frame.Members(hit.Index))
			m.stepping.step(1)
		}
	}
}

// pick selects event i as the user's choice.
func (m *Map) pick(i int) {
	m.scene.Selected = i
	if !m.stepping.holds(i) {
		m.stepping.close()
	}
	m.raster.Refresh()
	if m.OnSelected != nil {
		m.OnSelected(i)
	}
}

// separable says whether zooming in can part cluster c's markers: not
// when they share one place, or the map is zoomed in all the way.
func (m *Map) separable(c int) bool {
	b := m.frame.ClusterBound(c)
	spread := max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])
	deepest := render.Viewport{Zoom: render.MaxZoom}.Scale()
	return m.view.Zoom < render.MaxZoom && spread*deepest >= 2
}

// zoomInto frames cluster c's members, zooming in by at least a level.
func (m *Map) zoomInto(c int, at fyne.Position) {
	b := m.frame.ClusterBound(c)
	v := render.Fit(b, m.view.Width, m.view.Height, fitMargin, render.MaxZoom)
	if v.Zoom < m.view.Zoom+1 {
		v = m.view.ZoomAt(float64(at.X), float64(at.Y), 1)
	}
	m.view = v
	m.moved()
	m.tip.Dismiss()
	m.raster.Refresh()
}

// MouseIn is part of desktop.Hoverable.
func (m *Map) MouseIn(e *desktop.MouseEvent) { m.MouseMoved(e) }

// MouseMoved shows what is under the pointer. It is part of
// desktop.Hoverable.
func (m *Map) MouseMoved(e *desktop.MouseEvent) {
	m.hover = m.hitAt(e.Position)
	if m.OnMayMove != nil && m.movable() && m.hover == (render.Hit{Kind: render.OnEvent, Index: m.scene.Selected}) {
		m.OnMayMove()
	}
	text := m.describe(m.hover)
	if text == "" {
		m.tip.Dismiss()
		return
	}
	m.tip.ShowAt(text, e.Position, m.Size())
}

// MouseOut is part of desktop.Hoverable.
func (m *Map) MouseOut() {
	m.hover = render.Hit{}
	m.tip.Dismiss()
}

// Cursor is the move cursor over the selected event's marker, which can
// be dragged, and while it is; a pointing hand over what can be clicked.
// It is part of desktop.Cursorable.
func (m *Map) Cursor() desktop.Cursor {
	if m.moving() || m.movable() && m.hover == (render.Hit{Kind: render.OnEvent, Index: m.scene.Selected}) {
		return moveCursor
	}
	if k := m.hover.Kind; k == render.OnEvent || k == render.OnCluster || k == render.OnLegendToggle {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// describe is the tooltip for what a hit found, "" for nothing.
func (m *Map) describe(h render.Hit) string {
	switch h.Kind {
	case render.OnEvent:
		if m.Describe != nil {
			return m.Describe(h.Index)
		}
		return fmt.Sprintf("Event %d", h.Index+1)
	case render.OnCluster:
		n := m.frame.Clusters[h.Index].Count
		if m.separable(h.Index) {
			return fmt.Sprintf("%d events · click to zoom in", n)
		}
		return fmt.Sprintf("%d events here · click to step through them", n)
	case render.OnLegendToggle:
		if m.scene.LegendCollapsed {
			return "Show the legend"
		}
		return "Hide the legend"
	case render.OnPlace:
		p, articles := m.scene.Places.Place(h.Index)
		if articles == 1 {
			return p.Name + " · mentioned in 1 article"
		}
		return fmt.Sprintf("%s · mentioned in %d articles", p.Name, articles)
	}
	return ""
}

// Interfaces the map implements, checked by the compiler.
var (
	_ fyne.Draggable     = (*Map)(nil)
	_ fyne.Scrollable    = (*Map)(nil)
	_ fyne.Tappable      = (*Map)(nil)
	_ desktop.Hoverable  = (*Map)(nil)
	_ desktop.Cursorable = (*Map)(nil)
)
