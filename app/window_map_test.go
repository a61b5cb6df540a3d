package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/geo"
)

// placedEvents are events at Ganja and in Moscow, far enough apart to
// have a marker each.
func placedEvents() []data.Event {
	return []data.Event{
		{
			Type: data.Attack, Window: window("2020-10-11", "2020-10-11", dates.Day),
			Place: &geo.Place{ID: "geonames:586523", Name: "Ganja", Point: orb.Point{46.3606, 40.6828}},
		},
		{
			Type: data.Diplomacy, Window: window("2020-10-09", "2020-10-10", dates.Day),
			Place: &geo.Place{ID: "geonames:524901", Name: "Moscow", Point: orb.Point{37.6156, 55.7522}},
		},
	}
}

// loadedOnMap is what loading placedEvents gives.
func loadedOnMap() loaded {
	events := placedEvents()
	return loaded{events: events, articles: 1, onMap: mapLayers{events: render.NewEvents(events)}}
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
	if got := w.details.place.Text; !w.details.form.Visible() || got != "Moscow (city)" {
		t.Errorf("after tapping Moscow's marker the details show %q (visible %v)", got, w.details.form.Visible())
	}
	if got := w.mapView.Selected(); got != 1 {
		t.Errorf("the map highlights event %d, want 1", got)
	}
}

func TestSelectingInTheListHighlightsOnTheMap(t *testing.T) {
	w := newTestWindow(t)
	w.show(loadedOnMap(), nil)
	w.list.Select(0)
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
	var places *fyne.MenuItem
	for _, menu := range w.win.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Label == "Places Mentioned" {
				places = it
			}
		}
	}
	if places == nil {
		t.Fatal("no View ▸ Places Mentioned")
	}
	places.Action()
	if !w.mapView.PlacesShown() || !places.Checked {
		t.Errorf("after the menu: places shown %v, ticked %v", w.mapView.PlacesShown(), places.Checked)
	}
	w.mapView.SetPlacesShown(false) // as the check box on the map does
	if places.Checked {
		t.Error("the menu still ticks the places the map hides")
	}
}
