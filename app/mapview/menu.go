package mapview

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/render"
)

// maxMenuEvents is how many events of a one-place cluster its menu lists;
// a city may have hundreds, which stepping through the cluster shows.
const maxMenuEvents = 20

// TappedSecondary opens the menu of what is under the pointer: the event's
// (EventMenu), or a cluster's, which zooms into it and, when its events
// share one place, holds a submenu per event. It is part of
// fyne.SecondaryTappable.
func (m *Map) TappedSecondary(e *fyne.PointEvent) {
	var menu *fyne.Menu
	switch hit := m.hitAt(e.Position); hit.Kind {
	case render.OnEvent:
		if m.EventMenu != nil {
			menu = m.EventMenu(hit.Index)
		}
	case render.OnCluster:
		menu = m.clusterMenu(hit.Index, e.Position)
	}
	if menu == nil {
		return
	}
	m.tip.Dismiss()
	widget.ShowPopUpMenuAtPosition(menu, fyne.CurrentApp().Driver().CanvasForObject(m), e.AbsolutePosition)
}

// clusterMenu is the menu of cluster c, right-clicked at at.
func (m *Map) clusterMenu(c int, at fyne.Position) *fyne.Menu {
	menu := fyne.NewMenu("", fyne.NewMenuItem("Zoom to", func() { m.zoomInto(c, at) }))
	if m.separable(c) || m.EventMenu == nil {
		return menu
	}
	members := m.frame.Members(c)
	menu.Items = append(menu.Items, fyne.NewMenuItemSeparator())
	for _, i := range members[:min(len(members), maxMenuEvents)] {
		it := fyne.NewMenuItem(m.describe(render.Hit{Kind: render.OnEvent, Index: i}), nil)
		it.ChildMenu = m.EventMenu(i)
		menu.Items = append(menu.Items, it)
	}
	if more := len(members) - maxMenuEvents; more > 0 {
		it := fyne.NewMenuItem(fmt.Sprintf("%d more: click the cluster to step through them", more), nil)
		it.Disabled = true
		menu.Items = append(menu.Items, it)
	}
	return menu
}

// ZoomTo centres the view on event index at a close zoom, fitMaxZoom as a
// single place is framed, or deeper if the map already is; the selection
// is the caller's. An event without a place leaves the view.
func (m *Map) ZoomTo(index int) {
	if m.scene.Events == nil {
		return
	}
	at, ok := m.scene.Events.Position(index)
	if !ok {
		return
	}
	m.view.Center = at
	m.view.Zoom = max(m.view.Zoom, fitMaxZoom)
	m.moved()
	m.tip.Dismiss()
	m.raster.Refresh()
}

var _ fyne.SecondaryTappable = (*Map)(nil)
