package mapview

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/geo"
)

// press, dragTo and release are what Fyne's desktop driver tells the map
// of a drag with the primary button: the press, then the pointer's
// positions once it has moved 2 units, then the release and the drag's
// end.
func press(m *Map, at fyne.Position) fyne.Position {
	m.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}, Button: desktop.MouseButtonPrimary})
	return at
}

func dragTo(m *Map, from, to fyne.Position) fyne.Position {
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	return to
}

func release(m *Map, at fyne.Position) {
	m.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}, Button: desktop.MouseButtonPrimary})
	m.DragEnd()
}

// drop is a drop the map reported.
type drop struct {
	event   int
	place   *geo.Place
	snapped bool
}

// movableMap is shownMap with event 0, Ganja's attack, selected, and
// drops that make a place at the pointer, which they record.
func movableMap(t *testing.T) (*Map, fyne.Window, *[]drop) {
	t.Helper()
	return movableMapAt(t, 1)
}

// movableMapAt is movableMap on a screen of scale pixels per unit.
func movableMapAt(t *testing.T, scale float32) (*Map, fyne.Window, *[]drop) {
	t.Helper()
	m, w := shownMapAt(t, scale)
	var drops []drop
	m.PlaceAt = func(at orb.Point, snap float64) (*geo.Place, bool) {
		if snap <= 0 {
			t.Errorf("snapping within %v m", snap)
		}
		return &geo.Place{Name: "the pointer's place", Point: at}, false
	}
	m.OnMoved = func(i int, p *geo.Place, snapped bool) { drops = append(drops, drop{i, p, snapped}) }
	m.Select(0)
	w.Canvas().Capture()
	return m, w, &drops
}

func TestDraggingTheSelectedMarkerMovesItsEvent(t *testing.T) {
	for _, scale := range []float32{1, 2} {
		t.Run(fmt.Sprintf("%v pixels a unit", scale), func(t *testing.T) { checkMarkerDrag(t, scale) })
	}
}

func checkMarkerDrag(t *testing.T, scale float32) {
	m, _, drops := movableMapAt(t, scale)
	view := m.View()
	p := press(m, at(m, ganja).AddXY(2, 1))
	p = dragTo(m, p, p.AddXY(2, 0)) // not yet past the threshold
	if m.scene.Moving != nil {
		t.Fatal("the marker moved 2 units from the press")
	}
	p = dragTo(m, p, p.AddXY(30, 10))
	p = dragTo(m, p, p.AddXY(30, 10))
	if m.scene.Moving == nil || m.Cursor() != moveCursor {
		t.Fatal("the marker is not drawn where it is dragged, or the cursor does not say so")
	}
	if got := m.tip.Text(); got != "Move to the pointer's place · Esc cancels" {
		t.Errorf("the tooltip says %q", got)
	}
	release(m, p)
	if m.View() != view {
		t.Errorf("the map panned from %+v to %+v", view, m.View())
	}
	if len(*drops) != 1 || (*drops)[0].event != 0 {
		t.Fatalf("drops %+v, want one of event 0", *drops)
	}
	want := render.LonLat(view.FromPixel(float64(p.X), float64(p.Y)))
	if got := (*drops)[0].place.Point; got != want {
		t.Errorf("dropped at %v, want the pointer's point %v", got, want)
	}
	if m.scene.Moving != nil || m.tip.Visible() {
		t.Error("the dragged marker or its tooltip is still shown after the drop")
	}
}

func TestOnlyADragThatStartsOnTheSelectedMarkerMovesIt(t *testing.T) {
	for _, tc := range []struct {
		name    string
		from    func(m *Map) fyne.Position
		by      fyne.Delta
		movable bool
		pans    bool
	}{
		{"off the marker", func(m *Map) fyne.Position { return at(m, ganja).AddXY(0, 40) }, fyne.NewDelta(40, -25), true, true},
		{"on another event's marker", func(m *Map) fyne.Position { return at(m, stepanakert) }, fyne.NewDelta(40, -25), true, true},
		{"on the marker, when the window takes no moves", func(m *Map) fyne.Position { return at(m, ganja) }, fyne.NewDelta(40, -25), false, true},
		{"on the marker, a click's jitter", func(m *Map) fyne.Position { return at(m, ganja) }, fyne.NewDelta(3, 0), true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, drops := movableMap(t)
			if !tc.movable {
				m.OnMoved = nil
			}
			before := at(m, ganja)
			p := press(m, tc.from(m))
			release(m, dragTo(m, p, p.AddXY(tc.by.DX, tc.by.DY)))
			if len(*drops) > 0 {
				t.Errorf("the drag moved the event: %+v", *drops)
			}
			want := before
			if tc.pans {
				want = before.AddXY(tc.by.DX, tc.by.DY)
			}
			if got := at(m, ganja); abs(got.X-want.X) > 0.5 || abs(got.Y-want.Y) > 0.5 {
				t.Errorf("Ganja went from %v to %v, want %v", before, got, want)
			}
		})
	}
}

func TestEscCancelsTheMove(t *testing.T) {
	m, _, drops := movableMap(t)
	view := m.View()
	p := press(m, at(m, ganja))
	p = dragTo(m, p, p.AddXY(40, 0))
	if !m.HandleKey(fyne.KeyEscape) {
		t.Fatal("the map did not take Esc while the marker was dragged")
	}
	if m.scene.Moving != nil || m.tip.Visible() {
		t.Error("the marker is still drawn where it was dragged")
	}
	release(m, dragTo(m, p, p.AddXY(40, 0)))
	if len(*drops) > 0 || m.View() != view {
		t.Errorf("after Esc the drag moved the event (%+v) or the map", *drops)
	}
	if m.HandleKey(fyne.KeyEscape) {
		t.Error("the map took Esc with nothing to cancel")
	}
}

func TestNewEventsCancelTheMove(t *testing.T) {
	m, _, drops := movableMap(t)
	p := press(m, at(m, ganja))
	p = dragTo(m, p, p.AddXY(40, 0))
	m.ReplaceEvents(render.NewEvents(events()), nil)
	release(m, dragTo(m, p, p.AddXY(40, 0)))
	if len(*drops) > 0 || m.scene.Moving != nil {
		t.Errorf("a drag begun on the events replaced moved one: %+v", *drops)
	}
}

func TestTheMoveCursorIsArrowsAroundItsHotSpot(t *testing.T) {
	img, x, y := moveCursor.Image()
	if _, _, _, a := img.At(x, y).RGBA(); a != 0xffff {
		t.Errorf("the hot spot (%d, %d) is not on the arrows", x, y)
	}
	if _, _, _, a := img.At(img.Bounds().Min.X, img.Bounds().Min.Y).RGBA(); a != 0 {
		t.Error("the cursor's corner is not clear")
	}
	// Fyne compares the cursor with the last one shown, which panics for
	// a cursor that cannot be compared.
	if last := moveCursor; last != moveCursor {
		t.Error("the cursor is not itself")
	}
}
