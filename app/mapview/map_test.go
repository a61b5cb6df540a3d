package mapview

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

var (
	ganja       = &geo.Place{ID: "geonames:586523", Name: "Ganja", Point: orb.Point{46.3606, 40.6828}}
	stepanakert = &geo.Place{ID: "geonames:174972", Name: "Stepanakert", Point: orb.Point{46.7517, 39.8153}}
	barda       = &geo.Place{ID: "geonames:586724", Name: "Barda", Point: orb.Point{47.1255, 40.3744}}
)

// october4 is the day of the test events but the last.
var october4 = time.Date(2020, 10, 4, 0, 0, 0, 0, time.UTC)

func events() []event.Event {
	day := &dates.Window{Start: october4, End: october4, Precision: dates.Day}
	next := &dates.Window{Start: october4.AddDate(0, 0, 1), End: october4.AddDate(0, 0, 1), Precision: dates.Day}
	return []event.Event{
		{Type: event.Attack, Place: ganja, Window: day},
		{Type: event.Attack, Place: stepanakert, Window: day},
		{Type: event.Clash, Place: stepanakert, Window: next},
	}
}

// shownMap is a map of the test events in an 800×500 window.
func shownMap(t *testing.T) (*Map, fyne.Window) {
	t.Helper()
	return shownMapAt(t, 1)
}

// shownMapAt is shownMap on a screen of scale pixels per unit.
func shownMapAt(t *testing.T, scale float32) (*Map, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	m := New(render.SeaBlue)
	m.Describe = func(i int) string {
		return []string{"Attack · Ganja", "Attack · Stepanakert", "Clash · Stepanakert"}[i]
	}
	m.SetEvents(render.NewEvents(events()), render.NewPlaces([]event.PlaceMentions{{Place: barda}}))
	w := test.NewWindow(m)
	w.SetPadded(false)
	w.Canvas().(test.WindowlessCanvas).SetScale(scale)
	w.Resize(fyne.NewSize(800, 500))
	t.Cleanup(w.Close)
	w.Canvas().Capture() // draws a frame, as showing the window does
	return m, w
}

// at is where place p is on the map, in Fyne units.
func at(m *Map, p *geo.Place) fyne.Position {
	x, y := m.View().ToPixel(render.Mercator(p.Point))
	return fyne.NewPos(float32(x), float32(y))
}

func TestTheFirstViewFramesTheEvents(t *testing.T) {
	m, _ := shownMap(t)
	for _, p := range []*geo.Place{ganja, stepanakert} {
		if pos := at(m, p); pos.X < fitMargin-1 || pos.Y < fitMargin-1 || pos.X > 800-fitMargin+1 || pos.Y > 500-fitMargin+1 {
			t.Errorf("%s is at %v, outside the framed area", p.Name, pos)
		}
	}
}

func TestDraggingPans(t *testing.T) {
	m, w := shownMap(t)
	before := at(m, ganja)
	test.Drag(w.Canvas(), fyne.NewPos(400, 250), 40, -25)
	after := at(m, ganja)
	if d := after.Subtract(before); abs(d.X-40) > 0.5 || abs(d.Y+25) > 0.5 {
		t.Errorf("Ganja moved by %v; the drag was (40, -25)", d)
	}
}

func TestScrollingZoomsAtThePointer(t *testing.T) {
	m, w := shownMap(t)
	zoom := m.View().Zoom
	pointer := at(m, ganja)
	m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pointer}, Scrolled: fyne.NewDelta(0, 25)})
	if m.View().Zoom <= zoom {
		t.Fatalf("zoom %v after scrolling up, was %v", m.View().Zoom, zoom)
	}
	if d := at(m, ganja).Subtract(pointer); abs(d.X) > 0.5 || abs(d.Y) > 0.5 {
		t.Errorf("Ganja, under the pointer, moved by %v", d)
	}

	zoom = m.View().Zoom
	test.Scroll(w.Canvas(), fyne.NewPos(400, 250), 0, -25)
	if m.View().Zoom >= zoom {
		t.Errorf("zoom %v after scrolling down, was %v", m.View().Zoom, zoom)
	}
}

func TestTheButtonsZoomAndFit(t *testing.T) {
	m, w := shownMap(t)
	fitted := m.View()
	buttons := map[fyne.Resource]*widget.Button{}
	for _, o := range test.LaidOutObjects(w.Content()) {
		if b, ok := o.(*widget.Button); ok {
			buttons[b.Icon] = b
		}
	}
	tap := func(icon fyne.Resource) {
		t.Helper()
		b, ok := buttons[icon]
		if !ok {
			t.Fatalf("no %s button", icon.Name())
		}
		test.Tap(b)
	}
	tap(theme.ZoomInIcon())
	if got := m.View().Zoom; got != fitted.Zoom+1 {
		t.Errorf("zoom in: %v, want %v", got, fitted.Zoom+1)
	}
	tap(theme.ZoomOutIcon())
	tap(theme.ZoomOutIcon())
	if got := m.View().Zoom; got != fitted.Zoom-1 {
		t.Errorf("zoom in, out, out: %v, want %v", got, fitted.Zoom-1)
	}
	test.Drag(w.Canvas(), fyne.NewPos(400, 250), 40, 40)
	tap(theme.ZoomFitIcon())
	if m.View() != fitted {
		t.Errorf("fit to events: %+v, want the first view %+v", m.View(), fitted)
	}
}

func TestTappingAMarkerSelectsItsEvent(t *testing.T) {
	m, _ := shownMap(t)
	selected := -1
	m.OnSelected = func(i int) { selected = i }
	test.TapAt(m, at(m, ganja).AddXY(2, 1))
	if selected != 0 || m.Selected() != 0 {
		t.Errorf("tapping Ganja selected %d (map shows %d), want event 0", selected, m.Selected())
	}
}

func TestTappingAClusterZoomsInOrStepsThroughOnePlace(t *testing.T) {
	m, w := shownMap(t)
	selected := -1
	m.OnSelected = func(i int) { selected = i }
	zoom := m.View().Zoom
	// Stepanakert's two events share a point: a tap cannot part them by
	// zooming, so it selects them in turn.
	test.TapAt(m, at(m, stepanakert))
	if selected != 1 || m.View().Zoom != zoom {
		t.Fatalf("first tap: selected %d at zoom %v, want event 1 at zoom %v", selected, m.View().Zoom, zoom)
	}
	w.Canvas().Capture()
	test.TapAt(m, at(m, stepanakert))
	if selected != 2 {
		t.Errorf("second tap selected %d, want event 2", selected)
	}

	// Zoomed out, Ganja joins them: a tap zooms in.
	for m.View().Zoom > 4 {
		m.ZoomOut()
	}
	w.Canvas().Capture()
	zoom = m.View().Zoom
	test.TapAt(m, at(m, ganja))
	if m.View().Zoom <= zoom {
		t.Errorf("tapping a cluster of several places left the zoom at %v", m.View().Zoom)
	}
}

func TestHoverShowsATooltip(t *testing.T) {
	m, w := shownMap(t)
	test.MoveMouse(w.Canvas(), at(m, ganja))
	if !strings.Contains(test.RenderToMarkup(w.Canvas()), "Attack · Ganja") {
		t.Errorf("over Ganja the window does not show the event's description; the tooltip reads %q (shown %v)", m.tip.Text(), m.tip.Visible())
	}
	if m.Cursor() != desktop.PointerCursor {
		t.Error("the pointer does not show that the marker can be clicked")
	}
	test.MoveMouse(w.Canvas(), at(m, stepanakert))
	if !strings.HasPrefix(m.tip.Text(), "2 events") {
		t.Errorf("over Stepanakert's two events the tooltip is %q", m.tip.Text())
	}
	test.MoveMouse(w.Canvas(), at(m, ganja).AddXY(0, 60))
	if strings.Contains(test.RenderToMarkup(w.Canvas()), "events") {
		t.Errorf("over empty map the tooltip still shows %q", m.tip.Text())
	}
}

func TestThePlacesLayerToggles(t *testing.T) {
	m, w := shownMap(t)
	m.SetPlacesShown(true)
	w.Canvas().Capture()
	test.MoveMouse(w.Canvas(), at(m, barda))
	if got := m.tip.Text(); !m.tip.Visible() || got != "Barda · mentioned in 1 article" {
		t.Errorf("over Barda with the places shown: tooltip %q", got)
	}
	test.Tap(m.places)
	w.Canvas().Capture()
	if m.PlacesShown() {
		t.Error("the check box did not hide the places")
	}
	test.MoveMouse(w.Canvas(), at(m, barda))
	if m.tip.Visible() {
		t.Errorf("over hidden Barda the tooltip shows %q", m.tip.Text())
	}
}

func abs(x float32) float32 { return max(x, -x) }

func TestAPeriodHidesTheEventsOutsideIt(t *testing.T) {
	m, w := shownMap(t)
	m.SetPeriod(&render.Period{From: october4.AddDate(0, 0, 1), To: october4.AddDate(0, 0, 1)})
	w.Canvas().Capture()
	test.MoveMouse(w.Canvas(), at(m, ganja))
	if m.tip.Visible() {
		t.Errorf("over Ganja, whose event is outside the period, the tooltip shows %q", m.tip.Text())
	}
	test.MoveMouse(w.Canvas(), at(m, stepanakert))
	if got := m.tip.Text(); got != "Clash · Stepanakert" {
		t.Errorf("over Stepanakert the tooltip shows %q, want its one event in the period", got)
	}
	m.SetPeriod(nil)
	w.Canvas().Capture()
	test.MoveMouse(w.Canvas(), at(m, ganja))
	if !m.tip.Visible() {
		t.Error("with no period, Ganja's event is not there")
	}
}
