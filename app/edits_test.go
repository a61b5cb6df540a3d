package app

import (
	"testing"

	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
)

func TestAnEditKeepsTheViewAndTheSelection(t *testing.T) {
	w, loop, shown := loadingWindow(t)
	w.open(nil)
	waitLoads(t, loop, shown, 1)
	w.mapView.ZoomIn()
	w.selected(2, nil)
	view := w.mapView.View()
	keys := w.editKeys()
	key := keys.KeyOf(&w.events[2])
	w.commitEdit(edit.New(edit.Review, &w.events[2], keys, edit.Value{Review: event.Verified}))
	if got := w.mapView.View(); got != view {
		t.Errorf("the map moved from %+v to %+v", view, got)
	}
	i := w.list.selected
	if i < 0 || keys.KeyOf(&w.events[i]) != key || w.events[i].Review != event.Verified {
		t.Errorf("the event edited is no longer selected (selected %d)", i)
	}
}
