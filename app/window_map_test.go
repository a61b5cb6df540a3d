package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	tl "github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/geo"
)

// placedEvents are events at Ganja and in Moscow, far enough apart to
// have a marker each.
func placedEvents() []event.Event {
	return []event.Event{
		{
			Type: event.Attack, Window: window("2020-10-11", "2020-10-11", dates.Day),
			Place: &geo.Place{ID: "geonames:586523", Name: "Ganja", Point: orb.Point{46.3606, 40.6828}},
		},
		{
			Type: event.Diplomacy, Window: window("2020-10-09", "2020-10-10", dates.Day),
			Place: &geo.Place{ID: "geonames:524901", Name: "Moscow", Point: orb.Point{37.6156, 55.7522}},
		},
	}
}

// loadedOnMap is what loading placedEvents gives.
func loadedOnMap() loaded {
	events := placedEvents()
	return prepared(loaded{events: events, articles: 1})
}

// onMap is where event i's marker is in the map widget.
func onMap(w *mainWindow, i int) fyne.Position {
	x, y := w.mapView.View().ToPixel(render.Mercator(w.events[i].Place.Point))
	return fyne.NewPos(float32(x), float32(y))
}

func TestTappingAMarkerShowsItsEvent(t *testing.T) {
	w := newTestWindow(t)
	w.show(loadedOnMap(), nil)
	w.win.Canvas().Capture() // draws the map

	test.TapAt(w.mapView, onMap(w, 1))
	if got := w.details.place.Text; !w.details.body.Visible() || got != "Moscow (city)" {
		t.Errorf("after tapping Moscow's marker the details show %q (visible %v)", got, w.details.body.Visible())
	}
	if got := w.mapView.Selected(); got != 1 {
		t.Errorf("the map highlights event %d, want 1", got)
	}
}

func TestSelectingInTheListHighlightsOnTheMap(t *testing.T) {
	w := newTestWindow(t)
	w.show(loadedOnMap(), nil)
	w.list.list.Select(w.list.rowOf(0)) // as the user clicks its row
	if got := w.mapView.Selected(); got != 0 {
		t.Errorf("the map highlights event %d, want the one selected in the list, 0", got)
	}
	w.show(loadedOnMap(), nil)
	if got := w.mapView.Selected(); got != -1 {
		t.Errorf("after opening other articles the map still highlights event %d", got)
	}
}

func TestTheTooltipSaysWhatWhereAndWhen(t *testing.T) {
	w := newTestWindow(t)
	w.show(loadedOnMap(), nil)
	if got, want := w.mapView.Describe(1), "Diplomacy · Moscow · 9–10 Oct 2020"; got != want {
		t.Errorf("tooltip %q, want %q", got, want)
	}
}

func TestTheMenuTogglesThePlacesLayer(t *testing.T) {
	w := newTestWindow(t)
	places := menuItem(t, w, "Places Mentioned")
	places.Action()
	if !w.mapView.PlacesShown() || !places.Checked {
		t.Errorf("after the menu: places shown %v, ticked %v", w.mapView.PlacesShown(), places.Checked)
	}
	w.mapView.SetPlacesShown(false) // as the check box on the map does
	if places.Checked {
		t.Error("the menu still ticks the places the map hides")
	}
}

func TestSelectionIsLinkedAcrossMapListAndTimeline(t *testing.T) {
	w := newTestWindow(t)
	w.show(loadedOnMap(), nil)
	w.win.Canvas().Capture() // draws the map

	test.TapAt(w.mapView, onMap(w, 1)) // Moscow, 9–10 Oct
	if got := w.list.selected; got != 1 {
		t.Errorf("the list selects event %d, want 1", got)
	}
	if got := w.timeline.Selected(); got != 1 {
		t.Errorf("the timeline highlights event %d, want 1", got)
	}

	w.list.list.Select(w.list.rowOf(0)) // Ganja
	if w.mapView.Selected() != 0 || w.timeline.Selected() != 0 {
		t.Errorf("after choosing Ganja in the list the map highlights %d and the timeline %d", w.mapView.Selected(), w.timeline.Selected())
	}
}

func TestTheTimelineChoosesTheEventsOnTheMap(t *testing.T) {
	w := newTestWindow(t)
	w.show(loadedOnMap(), nil)
	w.timeline.SetMode(tl.OneDay)
	w.timeline.SetPlayhead(day("2020-10-11"))
	w.win.Canvas().Capture()

	test.TapAt(w.mapView, onMap(w, 1))
	if got := w.mapView.Selected(); got != -1 {
		t.Fatalf("on 11 Oct the map shows the Moscow meetings of 9–10 Oct (selected %d)", got)
	}
	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyLeft}) // a day back
	if got, want := w.timeline.Playhead(), day("2020-10-10"); !got.Equal(want) {
		t.Fatalf("← moved the playhead to %v, want %v", got, want)
	}
	w.win.Canvas().Capture()
	test.TapAt(w.mapView, onMap(w, 1))
	if got := w.mapView.Selected(); got != 1 {
		t.Errorf("on 10 Oct tapping Moscow selects %d, want 1", got)
	}
	test.TapAt(w.mapView, onMap(w, 0))
	if got := w.mapView.Selected(); got == 0 {
		t.Error("on 10 Oct the map still shows the Ganja strike of 11 Oct")
	}
}
