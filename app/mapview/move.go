package mapview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/geo"
)

// The selected event's marker can be dragged to another place. A drag that
// starts anywhere else pans, so that a pan never moves an event; and the
// marker moves only once the pointer has gone moveThreshold units from
// where it pressed, so that a click's jitter does not. A drop within
// snapRadius units of a place snaps to it (see PlaceAt).
const (
	moveThreshold = 4
	snapRadius    = 6
)

// markerMove is a drag of the selected event's marker: armed by a press
// on it, under way once started, and inert once cancelled until the
// button is released.
type markerMove struct {
	event     int
	press     fyne.Position
	started   bool
	cancelled bool
	// where a drop now moves the event
	place   *geo.Place
	snapped bool
}

// movable says whether the selected event's marker can be dragged: only
// when the window says where a drop goes and takes the move.
func (m *Map) movable() bool { return m.PlaceAt != nil && m.OnMoved != nil }

// MouseDown arms a move when the primary button presses the selected
// event's marker. It is part of desktop.Mouseable: Fyne tells a drag's
// start only here, before the drag itself.
func (m *Map) MouseDown(e *desktop.MouseEvent) {
	m.move = nil
	if e.Button == desktop.MouseButtonPrimary && m.movable() && m.frame != nil && m.frame.OnSelected(m.pixel(e.Position)) {
		m.move = &markerMove{event: m.scene.Selected, press: e.Position}
	}
}

// MouseUp disarms a move that never started: the press was a click. Fyne
// calls it before DragEnd, which ends one that did. It is part of
// desktop.Mouseable.
func (m *Map) MouseUp(*desktop.MouseEvent) {
	if m.move != nil && !m.move.started {
		m.move = nil
	}
}

// dragMarker takes the marker to pointer position p, once p is far enough
// from the press, and says in the tooltip where a drop there moves the
// event.
func (m *Map) dragMarker(p fyne.Position) {
	mv := m.move
	if mv.cancelled {
		return
	}
	if d := p.Subtract(mv.press); !mv.started && math.Hypot(float64(d.X), float64(d.Y)) < moveThreshold {
		return
	}
	mv.started = true
	at := m.view.FromPixel(float64(p.X), float64(p.Y))
	mv.place, mv.snapped = m.PlaceAt(render.LonLat(at), m.view.GroundMetres(snapRadius, at))
	m.scene.Moving = &render.Moving{To: render.Mercator(mv.place.Point), Snapped: mv.snapped}
	m.tip.ShowAt("Move to "+mv.place.Name+" · Esc cancels", p, m.Size())
	m.raster.Refresh()
}

// dropMarker ends a drag of the marker: a move started and not cancelled
// goes to OnMoved.
func (m *Map) dropMarker() {
	mv := m.move
	m.move, m.scene.Moving = nil, nil
	m.tip.Dismiss()
	m.raster.Refresh()
	if mv.started && !mv.cancelled {
		m.OnMoved(mv.event, mv.place, mv.snapped)
	}
}

// cancelMove cancels the move under way, as Esc does, leaving the event
// where it is. It says whether there was one.
func (m *Map) cancelMove() bool {
	if !m.moving() {
		return false
	}
	m.abandonMove()
	m.tip.Dismiss()
	m.raster.Refresh()
	return true
}

// abandonMove cancels the move armed or under way, if any: the rest of its
// drag does nothing, neither moving the event nor panning.
func (m *Map) abandonMove() {
	if m.move != nil {
		m.move.cancelled = true
	}
	m.scene.Moving = nil
}

// moving says whether the marker is being dragged.
func (m *Map) moving() bool { return m.move != nil && m.move.started && !m.move.cancelled }

var _ desktop.Mouseable = (*Map)(nil)
