package mapview

import (
	"image"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// On a screen of two pixels per unit the map draws a frame of the
// screen's pixels, and the pointer, in units, still finds what it is over.
func TestADenseScreenGetsASharpFrame(t *testing.T) {
	m, w := shownMapAt(t, 2)
	if got, want := m.img.Bounds(), image.Rect(0, 0, 1600, 1000); got != want {
		t.Errorf("the frame is %v, want the screen's %v pixels", got, want)
	}
	if got := m.frame.View.PixelScale; got != 2 {
		t.Errorf("the frame is drawn at %v pixels per unit, want 2", got)
	}
	test.MoveMouse(w.Canvas(), at(m, stepanakert))
	if !strings.HasPrefix(m.tip.Text(), "2 events") {
		t.Errorf("over Stepanakert's two events the tooltip is %q", m.tip.Text())
	}
	// Ganja's marker is 6 units across its centre, not 6 pixels: 5 units
	// off is on it, 11 units off is beside it.
	test.MoveMouse(w.Canvas(), at(m, ganja).AddXY(5, 0))
	if !m.tip.Visible() || m.tip.Text() != "Attack · Ganja" {
		t.Errorf("on the edge of Ganja's marker the tooltip is %q (shown %v)", m.tip.Text(), m.tip.Visible())
	}
	test.MoveMouse(w.Canvas(), at(m, ganja).AddXY(11, 0))
	if m.tip.Visible() {
		t.Errorf("beside Ganja's marker the tooltip shows %q", m.tip.Text())
	}
	selected := -1
	m.OnSelected = func(i int) { selected = i }
	test.TapAt(m, at(m, ganja).AddXY(2, 1))
	if selected != 0 {
		t.Errorf("tapping Ganja selected %d, want event 0", selected)
	}
}
