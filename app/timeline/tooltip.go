package timeline

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tooltip is the box that tells what the pointer is over, as the map's
// does.
type tooltip struct {
	*fyne.Container
	text *widget.Label
	bg   *canvas.Rectangle
	// owner is the widget the tooltip is drawn in, refreshed as the
	// tooltip shows or hides: OpenGL windows keep the list of a widget's
	// visible objects until then.
	owner fyne.CanvasObject
}

func newTooltip(owner fyne.CanvasObject) *tooltip {
	t := &tooltip{text: widget.NewLabel(""), bg: canvas.NewRectangle(nil), owner: owner}
	t.bg.StrokeWidth = 1
	t.bg.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	t.Container = container.NewStack(t.bg, t.text)
	t.Container.Hide()
	return t
}

// showAt shows s near the pointer at p, inside an area of size area:
// above right of it, as the strip is at the bottom of the window, unless
// that leaves the area.
func (t *tooltip) showAt(s string, p fyne.Position, area fyne.Size) {
	t.text.SetText(s)
	size := t.MinSize()
	t.Resize(size)
	const gap = 12
	x, y := p.X+gap, p.Y-gap-size.Height
	if x+size.Width > area.Width {
		x = p.X - gap - size.Width
	}
	if y < 0 {
		y = p.Y + gap
	}
	t.Move(fyne.NewPos(max(0, x), max(0, y)))
	if !t.Visible() {
		// The theme's colours are read when shown, for a theme changed
		// since.
		t.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
		t.bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
		t.Show()
		canvas.Refresh(t.owner)
	}
}

// hide takes the tooltip away.
func (t *tooltip) hide() {
	if t.Visible() {
		t.Hide()
		canvas.Refresh(t.owner)
	}
}
