package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tooltip is the box that tells what the pointer is over.
type tooltip struct {
	*fyne.Container
	text *widget.Label
	bg   *canvas.Rectangle
	// owner is the widget the tooltip is drawn in. OpenGL windows keep
	// the list of a widget's visible objects until the widget is refreshed,
	// so showing or hiding the tooltip refreshes it, which redraws the map:
	// only then, not as the tooltip follows the pointer.
	owner fyne.CanvasObject
}

func newTooltip(owner fyne.CanvasObject) *tooltip {
	bg := canvas.NewRectangle(color.Transparent)
	bg.StrokeWidth = 1
	t := &tooltip{text: widget.NewLabel(""), bg: bg, owner: owner}
	t.Container = container.NewStack(bg, t.text)
	t.Container.Hide()
	return t
}

// applyTheme gives the tooltip the colours of w's theme.
func (t *tooltip) applyTheme(w fyne.Widget) {
	t.bg.FillColor = theme.ColorForWidget(theme.ColorNameOverlayBackground, w)
	t.bg.StrokeColor = theme.ColorForWidget(theme.ColorNameSeparator, w)
	t.bg.CornerRadius = theme.SizeForWidget(theme.SizeNameInputRadius, w)
	t.bg.Refresh()
}

// showAt shows s near the pointer at p, inside an area of size area.
func (t *tooltip) showAt(s string, p fyne.Position, area fyne.Size) {
	t.text.SetText(s)
	size := t.MinSize()
	t.Resize(size)
	// Below right of the pointer, unless that leaves the map.
	const gap = 16
	x, y := p.X+gap, p.Y+gap
	if x+size.Width > area.Width {
		x = p.X - gap - size.Width
	}
	if y+size.Height > area.Height {
		y = p.Y - gap - size.Height
	}
	t.Move(fyne.NewPos(max(0, x), max(0, y)))
	if !t.Visible() {
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
