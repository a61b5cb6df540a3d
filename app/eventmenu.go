package app

import (
	"fyne.io/fyne/v2"
)

// eventMenu is the right-click menu of event i, on its marker or its row
// in the list: the details' Copy and Show article, Zoom to, which selects
// it and brings the map close, and Hide, which unticks its type in the
// list, so that the one filter hides it everywhere; then the analyst's
// corrections (see editMenuItems). While the window shows outlines, only
// Zoom to and Hide, which need no more of the event.
func (w *mainWindow) eventMenu(i int) *fyne.Menu {
	e := w.events[i]
	copyText := fyne.NewMenuItem("Copy", func() {
		w.app.Clipboard().SetContent(eventText(e, w.details.countries))
	})
	copyGeoJSON := fyne.NewMenuItem("Copy as GeoJSON", func() {
		if s, err := eventGeoJSON(e); err == nil {
			w.app.Clipboard().SetContent(s)
		}
	})
	ref := w.refTo(i)
	zoom := fyne.NewMenuItem("Zoom to", func() {
		if ref.event() == nil {
			return
		}
		w.mapView.ZoomTo(i)
		w.selected(i, nil)
	})
	// Without a point there is no feature to write and nowhere to go.
	copyGeoJSON.Disabled, zoom.Disabled = e.Place == nil, e.Place == nil
	article := fyne.NewMenuItem("Show article", func() { w.articles.show(w.articleSource(), w.gazetteer, e) })
	hide := fyne.NewMenuItem("Hide "+e.Type.Info().Label, func() { w.list.hide(e.Type) })
	if w.outline != nil {
		return fyne.NewMenu("", zoom, hide)
	}
	items := []*fyne.MenuItem{copyText, copyGeoJSON, fyne.NewMenuItemSeparator(),
		zoom, article, fyne.NewMenuItemSeparator(), hide, fyne.NewMenuItemSeparator()}
	return fyne.NewMenu("", append(items, w.editMenuItems(i)...)...)
}
