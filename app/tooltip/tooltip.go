// Package tooltip is the box that tells what the pointer is over: a marker
// on the map, a bar of the timeline. It is drawn by the widget it belongs
// to, as one of its renderer's objects.
package tooltip

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Side is where the tooltip goes from the pointer, when it fits there.
type Side int

const (
	Below Side = iota // below right: the map, where the pointer covers what is above
	Above             // above right: the timeline, at the bottom of the window
)

// Tooltip is the box; its Container goes among its owner's objects.
type Tooltip struct {
	*fyne.Container
	text *widget.Label
	bg   *canvas.Rectangle
	side Side
	// owner is the widget the tooltip is drawn in. OpenGL windows keep
	// the list of a widget's visible objects until the widget is refreshed,
	// so showing or hiding the tooltip refreshes it: only then, not as the
	// tooltip follows the pointer.
	owner fyne.Widget
}

// New returns a hidden tooltip drawn in owner, shown on side of the pointer.
func New(owner fyne.Widget, side Side) *Tooltip {
	t := &Tooltip{text: widget.NewLabel(""), bg: canvas.NewRectangle(color.Transparent), side: side, owner: owner}
	t.bg.StrokeWidth = 1
	t.Container = container.NewStack(t.bg, t.text)
	t.Container.Hide()
	return t
}

// Text is what the tooltip says, shown or not.
func (t *Tooltip) Text() string { return t.text.Text }

// ApplyTheme gives the tooltip the colours of its owner's theme.
func (t *Tooltip) ApplyTheme() {
	t.bg.FillColor = theme.ColorForWidget(theme.ColorNameOverlayBackground, t.owner)
	t.bg.StrokeColor = theme.ColorForWidget(theme.ColorNameSeparator, t.owner)
	t.bg.CornerRadius = theme.SizeForWidget(theme.SizeNameInputRadius, t.owner)
	t.bg.Refresh()
}

// ShowAt shows s near the pointer at p, inside an area of size area: on
// the tooltip's side of the pointer, or the other where it would leave the
// area.
func (t *Tooltip) ShowAt(s string, p fyne.Position, area fyne.Size) {
	t.text.SetText(s)
	size := t.MinSize()
	t.Resize(size)
	const gap = 16
	x := p.X + gap
	if x+size.Width > area.Width {
		x = p.X - gap - size.Width
	}
	below, above := p.Y+gap, p.Y-gap-size.Height
	y := below
	if t.side == Above && above >= 0 || t.side == Below && below+size.Height > area.Height {
		y = above
	}
	t.Move(fyne.NewPos(max(0, x), max(0, y)))
	if !t.Visible() {
		// The theme's colours are read as it shows, for a theme changed
		// since.
		t.ApplyTheme()
		t.Show()
		canvas.Refresh(t.owner)
	}
}

// Dismiss takes the tooltip away.
func (t *Tooltip) Dismiss() {
	if t.Visible() {
		t.Hide()
		canvas.Refresh(t.owner)
	}
}
