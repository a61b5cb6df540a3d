package mapview

import (
	"fmt"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/app/tooltip"
	"github.com/chronomap/chronomap/geo"
)

// Map shows events and the places articles mention on a background map.
// Its methods, like any widget's, are called on the UI goroutine.
type Map struct {
	widget.BaseWidget

	// OnSelected is called with the event's index when the user selects
	// one on the map, not when Select is called.
	OnSelected func(index int)
	// EventMenu is the right-click menu of event index, on its marker or
	// in a one-place cluster's menu.
	EventMenu func(index int) *fyne.Menu
	// Describe is the tooltip of event index: its type, place and date.
	Describe func(index int) string
	// OnPlacesShown is called when the places layer is shown or hidden.
	OnPlacesShown func(shown bool)
	// OnDrawn is called after each frame is drawn.
	OnDrawn func()
	// PlaceAt is the place the selected event dropped at lon/lat point at
	// moves to, snapping to a place within snap metres on the ground, and
	// OnMoved is called with the event's index and that place when the
	// user drops it there (see move.go). Its marker can be dragged only
	// when both are set.
	PlaceAt func(at orb.Point, snap float64) (p *geo.Place, snapped bool)
	OnMoved func(index int, p *geo.Place, snapped bool)
	// OnMayMove, if set, is called when the pointer rests on the selected
	// event's marker, which it may drag next: the window readies PlaceAt
	// then, not for every user who never drags.
	OnMayMove func()

	scene *render.Scene
	// controls are the zoom buttons over the map's top right corner, once
	// its renderer made them: a fit keeps events out from under them.
	controls fyne.CanvasObject
	// view is in Fyne's device-independent units. Frames are drawn in the
	// screen's pixels, with the view at as many pixels per unit (see draw),
	// and pixel turns positions into them.
	view render.Viewport
	// framed says the view frames the events and the user has not moved it
	// since, so that it frames them anew as the window is resized; all
	// when all of them, not only their bulk.
	framed, framedAll bool
	frame             *render.Frame
	img               *image.RGBA
	hover             render.Hit

	raster *canvas.Raster
	tip    *tooltip.Tooltip
	places *widget.Check
	// outside is the hint that framing left events out, which frames them
	// all when clicked; hidden when none were left out or the view moved.
	outside *widget.Button
	strays  int // how many events the hint says are outside
	// stepping is the same-place cluster the user is stepping through
	// (see step.go), nil when none is open.
	stepping *steppedCluster
	// move is the drag of the selected event's marker, nil when none is
	// armed or under way.
	move *markerMove
}

// New is a map on bg, with no events yet.
func New(bg render.Background) *Map {
	m := &Map{scene: render.NewScene(bg), framed: true}
	m.raster = canvas.NewRaster(m.draw)
	m.tip = tooltip.New(m, tooltip.Below)
	m.places = widget.NewCheck("Places mentioned", m.SetPlacesShown)
	m.outside = widget.NewButtonWithIcon("", theme.ZoomFitIcon(), m.FitAllEvents)
	m.outside.Hide()
	m.stepping = newSteppedCluster(m)
	m.ExtendBaseWidget(m)
	return m
}

// SetEvents replaces the events and places shown (either may be nil),
// clears the selection, the period and the filter, which spoke of the old
// events, and frames the new events. Preparing them projects every event:
// for large sets, do it off the UI goroutine.
func (m *Map) SetEvents(events *render.Events, places *render.Places) {
	m.replace(events, places)
	m.FitEvents()
}

// ReplaceEvents is SetEvents for the same events changed, as an analyst's
// correction changes them: the view stays where the user left it.
func (m *Map) ReplaceEvents(events *render.Events, places *render.Places) {
	m.replace(events, places)
	m.raster.Refresh()
}

func (m *Map) replace(events *render.Events, places *render.Places) {
	m.scene.Events = events
	m.scene.Places = places
	m.scene.Selected = -1
	m.scene.Period = nil
	m.scene.Keep = nil
	m.stepping.close()
	m.abandonMove() // its event's index may now be another's
	m.hover = render.Hit{}
	m.tip.Dismiss()
}

// Select highlights event index (-1 for none) and, if it lies outside the
// view or too near its edge to be seen, centres the view on it. Only the
// view moves: the zoom stays, since centring always brings a point in.
func (m *Map) Select(index int) {
	m.scene.Selected = index
	if !m.stepping.holds(index) {
		m.stepping.close()
	}
	if m.move != nil && m.move.event != index {
		m.abandonMove()
	}
	if m.scene.Events == nil {
		return
	}
	if at, ok := m.scene.Events.Position(index); ok && !m.inView(at) {
		m.view.Center = at
		m.moved()
	}
	m.raster.Refresh()
}

// inView says whether point p (Web Mercator) is in the view, clear of its
// edges by the margin events are framed with, or a quarter of the view
// when it is small.
func (m *Map) inView(p orb.Point) bool {
	x, y := m.view.ToPixel(p)
	mx := min(fitMargin, float64(m.view.Width)/4)
	my := min(fitMargin, float64(m.view.Height)/4)
	return x >= mx && x <= float64(m.view.Width)-mx && y >= my && y <= float64(m.view.Height)-my
}

// SetPeriod shows only the events whose date window overlaps p, as a step
// of a timeline does; nil shows them all, dated or not.
func (m *Map) SetPeriod(p *render.Period) {
	m.scene.Period = p
	m.stepping.close() // its events may have left
	m.raster.Refresh()
}

// SetShown shows only the events flagged in shown, by index, as the
// filters keep them; nil shows them all.
func (m *Map) SetShown(shown []bool) {
	m.scene.Keep = shown
	m.stepping.close()
	m.raster.Refresh()
}

// Shows says whether event i is drawn when in view: in the period, and
// kept by the filters.
func (m *Map) Shows(i int) bool { return m.scene.Shows(i) }

// Selected is the selected event's index, -1 for none.
func (m *Map) Selected() int { return m.scene.Selected }

// SetLegendCollapsed collapses the legend to its title, or expands it.
func (m *Map) SetLegendCollapsed(on bool) {
	m.scene.LegendCollapsed = on
	m.raster.Refresh()
}

// LegendCollapsed says whether the legend is collapsed.
func (m *Map) LegendCollapsed() bool { return m.scene.LegendCollapsed }

// SetPlacesShown shows or hides the places layer.
func (m *Map) SetPlacesShown(on bool) {
	if on == m.scene.ShowPlaces {
		return
	}
	m.scene.ShowPlaces = on
	m.places.SetChecked(on) // calls back here, with no change
	m.raster.Refresh()
	if m.OnPlacesShown != nil {
		m.OnPlacesShown(on)
	}
}

// PlacesShown says whether the places layer is shown.
func (m *Map) PlacesShown() bool { return m.scene.ShowPlaces }

// View is the part of the map shown, in Fyne units.
func (m *Map) View() render.Viewport { return m.view }

// fitMargin keeps framed events clear of the edges and the buttons, and
// fitMaxZoom keeps a single place shown with its surroundings.
const (
	fitMargin  = 60
	fitMaxZoom = 10
)

// caucasus is framed when there are no events to frame.
var caucasus = orb.Bound{Min: render.Mercator(orb.Point{39.5, 37.5}), Max: render.Mercator(orb.Point{51, 43.8})}

// FitEvents frames the events shown (those of the period the filters
// keep), or the South Caucasus when there are none, and keeps them framed
// as the map is resized until the user moves it. It frames their bulk: a
// few far from the rest are left out, so that they do not squeeze the
// rest into a corner, and a hint on the map says how many, which frames
// them all when clicked (FitAllEvents).
func (m *Map) FitEvents() { m.fit(false) }

// FitAllEvents frames every event shown, however far apart.
func (m *Map) FitAllEvents() { m.fit(true) }

func (m *Map) fit(all bool) {
	m.framed, m.framedAll = true, all
	size := m.Size()
	if size.Width < 1 || size.Height < 1 {
		return
	}
	w, h := int(size.Width), int(size.Height)
	v, outside, ok := m.scene.FitBulk(w, h, fitMargin, fitMaxZoom)
	if b, shown := m.scene.ShownBound(); all && shown {
		v, outside = render.Fit(b, w, h, fitMargin, fitMaxZoom), 0
	}
	if !ok {
		v = render.Fit(caucasus, w, h, fitMargin, fitMaxZoom)
	}
	m.view = m.scene.Uncover(v, m.covered(w, h))
	m.showOutside(outside)
	m.raster.Refresh()
}

// covered are the parts of a map of w×h units that its legend and controls
// hide.
func (m *Map) covered(w, h int) []image.Rectangle {
	out := []image.Rectangle{m.scene.LegendArea(w, h)}
	if m.controls != nil {
		c := m.controls.MinSize()
		x := w - int(c.Width) - controlsInset
		out = append(out, image.Rect(x, controlsInset, x+int(c.Width), controlsInset+int(c.Height)))
	}
	return out
}

// showOutside shows the hint that n events are outside the frame, or
// hides it for none.
func (m *Map) showOutside(n int) {
	m.strays = n
	if n == 0 {
		if m.outside.Visible() {
			m.outside.Hide()
			canvas.Refresh(m)
		}
		return
	}
	text := fmt.Sprintf("%d events outside · show all", n)
	if n == 1 {
		text = "1 event outside · show all"
	}
	m.outside.SetText(text)
	if !m.outside.Visible() {
		m.outside.Show()
		canvas.Refresh(m)
	}
}

// Outside is how many of the events shown the last fit left outside the
// frame, 0 once the view has moved.
func (m *Map) Outside() int { return m.strays }

// moved records that the user moved the view: it no longer frames the
// events, and the hint about the fit goes.
func (m *Map) moved() {
	m.framed = false
	m.showOutside(0)
}

// zoomStep is how far the buttons zoom: one level halves the distances.
const zoomStep = 1

// ZoomIn zooms in by a level, at the centre.
func (m *Map) ZoomIn() { m.zoomAt(m.centre(), zoomStep) }

// ZoomOut zooms out by a level, at the centre.
func (m *Map) ZoomOut() { m.zoomAt(m.centre(), -zoomStep) }

func (m *Map) centre() fyne.Position { return fyne.NewPos(m.Size().Width/2, m.Size().Height/2) }

func (m *Map) zoomAt(at fyne.Position, dz float64) {
	m.view = m.view.ZoomAt(float64(at.X), float64(at.Y), dz)
	m.moved()
	m.tip.Dismiss()
	m.raster.Refresh()
}

// resized keeps the centre and zoom as the size changes, or keeps the
// events framed.
func (m *Map) resized(size fyne.Size) {
	m.view.Width, m.view.Height = int(size.Width), int(size.Height)
	if m.framed {
		m.fit(m.framedAll)
	}
}

// draw is the raster's generator, for a raster of w×h pixels. On a screen
// denser than Fyne's units, such as a Retina display or with FYNE_SCALE=2,
// it draws the view at the ratio of those pixels to the map's units, so
// that the map is as sharp as the screen; otherwise at its size in units.
func (m *Map) draw(w, h int) image.Image {
	v := m.view
	v.Width, v.Height = max(1, v.Width), max(1, v.Height)
	if units := m.Size().Width; w > v.Width+1 && units > 0 {
		v = v.AtScale(float64(w)/float64(units), w, h)
	}
	if m.img == nil || m.img.Bounds().Dx() != v.Width || m.img.Bounds().Dy() != v.Height {
		m.img = image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	}
	m.frame = m.scene.Draw(m.img, v)
	if m.OnDrawn != nil {
		m.OnDrawn()
	}
	return m.img
}

// hitAt is what the last frame drew at position p.
func (m *Map) hitAt(p fyne.Position) render.Hit {
	if m.frame == nil {
		return render.Hit{}
	}
	return m.frame.HitAt(m.pixel(p))
}

// pixel is the last frame's pixel at position p: the one place where
// positions in units become pixels.
func (m *Map) pixel(p fyne.Position) (x, y float64) {
	s := 1.0
	if m.frame != nil {
		s = max(1, m.frame.View.PixelScale)
	}
	return float64(p.X) * s, float64(p.Y) * s
}

// CreateRenderer is part of fyne.Widget.
func (m *Map) CreateRenderer() fyne.WidgetRenderer { return newRenderer(m) }

// ShowView shows the map centred on center, in Web Mercator metres, at
// zoom, as View gave them, as when a workspace reopens; the events are no
// longer kept framed.
func (m *Map) ShowView(center orb.Point, zoom float64) {
	m.framed = false
	m.view.Center, m.view.Zoom = center, zoom
	m.showOutside(0)
	m.raster.Refresh()
}
