package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/geo"
)

// terter is the gazetteer's town where the clash in Tartar is, under
// GeoNames' name for it.
var terter = &geo.Place{ID: "geonames:584871", Name: "Terter", Kind: geo.City, Feature: "PPLA2", Country: "AZ",
	Admin1: "Tartar District", Point: orb.Point{46.93161, 40.34201}, Population: 18185}

// draggableWindow is showEditable with Ganja's attack selected, a
// gazetteer of Terter, and the map at zoom 9 over Ganja and Terter.
func draggableWindow(t *testing.T) *mainWindow {
	t.Helper()
	w, _ := showEditable(t, "ganja")
	w.gazetteer = geo.New([]*geo.Place{terter}, nil)
	w.mapView.ShowView(render.Mercator(orb.Point{46.65, 40.5}), 9)
	w.win.Canvas().Capture() // draws a frame, as showing the window does
	return w
}

// mapPos is where lon/lat point p is on the map, in its units.
func mapPos(w *mainWindow, p orb.Point) fyne.Position {
	x, y := w.mapView.View().ToPixel(render.Mercator(p))
	return fyne.NewPos(float32(x), float32(y))
}

// dragOnMap drags the primary button from one point of the map to
// another in steps, as Fyne's desktop driver tells the map of it.
func dragOnMap(w *mainWindow, from, to fyne.Position) {
	m := w.mapView
	m.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	const steps = 5
	at := from
	for k := 1; k <= steps; k++ {
		f := float32(k) / steps
		next := fyne.NewPos(from.X+(to.X-from.X)*f, from.Y+(to.Y-from.Y)*f)
		m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: next}, Dragged: fyne.NewDelta(next.X-at.X, next.Y-at.Y)})
		at = next
	}
	m.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: to}, Button: desktop.MouseButtonPrimary})
	m.DragEnd()
}

func TestDraggingTheSelectedMarkerMovesTheEvent(t *testing.T) {
	ganja := orb.Point{46.3606, 40.6828}
	for _, tc := range []struct {
		name   string
		drop   orb.Point
		place  string // the place moved to, "" for the drop's point
		status string
		within float64 // metres from the drop the event's new place must lie
	}{
		{"onto a town of the gazetteer, a pixel off", orbgeo.PointAtBearingAndDistance(terter.Point, 90, 200), "Terter",
			"Moved the attack to Terter, snapped to the place in the gazetteer.", 250},
		{"into the fields", orbgeo.PointAtBearingAndDistance(terter.Point, 45, 12_000), "12 km NE of Terter",
			"Moved the attack to a new place, 12 km NE of Terter.", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := draggableWindow(t)
			view := w.mapView.View()
			dragOnMap(w, mapPos(w, ganja), mapPos(w, tc.drop))
			e := lastEdit(t, w)
			if e.Kind != edit.Move || e.Before.Place.Name != "Ganja" || e.After.Place.Name != tc.place {
				t.Fatalf("edit %s from %v to %q, want the move to %s", e.Kind, e.Before.Place.Name, e.After.Place.Name, tc.place)
			}
			if d := orbgeo.DistanceHaversine(e.After.Place.Point, tc.drop); d > tc.within {
				t.Errorf("the event went %.0f m from the drop", d)
			}
			if w.status.Text != tc.status {
				t.Errorf("the status line says %q, want %q", w.status.Text, tc.status)
			}
			i := indexOfID(t, w, "ganja")
			if w.events[i].Place.Name != tc.place || w.mapView.Selected() != i || w.mapView.View() != view {
				t.Errorf("the event is at %q, selected %v, the map moved %v", w.events[i].Place.Name, w.mapView.Selected() == i, w.mapView.View() != view)
			}
			w.undo()
			if got := w.events[indexOfID(t, w, "ganja")].Place.Name; got != "Ganja" {
				t.Errorf("after undo the event is at %q", got)
			}
		})
	}
}

func TestADragOffTheSelectedMarkerPans(t *testing.T) {
	w := draggableWindow(t)
	view := w.mapView.View()
	from := mapPos(w, orb.Point{46.3606, 40.6828}).AddXY(0, 30)
	dragOnMap(w, from, from.AddXY(60, 20))
	if len(w.edits.InForce()) > 0 {
		t.Errorf("a drag off the marker made %+v", w.edits.InForce())
	}
	if w.mapView.View().Center == view.Center {
		t.Error("a drag off the marker did not pan")
	}
}

func TestEscCancelsADragOfTheMarker(t *testing.T) {
	w := draggableWindow(t)
	m := w.mapView
	from := mapPos(w, orb.Point{46.3606, 40.6828})
	m.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	to := from.AddXY(80, 40)
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(80, 40)})
	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	m.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: to}, Button: desktop.MouseButtonPrimary})
	m.DragEnd()
	if len(w.edits.InForce()) > 0 || strings.HasPrefix(w.status.Text, "Moved") {
		t.Errorf("Esc left the move: %+v, status %q", w.edits.InForce(), w.status.Text)
	}
}
