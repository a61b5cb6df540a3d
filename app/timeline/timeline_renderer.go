package timeline

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// renderer lays the controls out in a row above the strip, with the
// strip's tooltip over both.
type renderer struct {
	t *Timeline
}

func newRenderer(t *Timeline) *renderer { return &renderer{t: t} }

func (r *renderer) Layout(size fyne.Size) {
	c := r.t.controls.box
	h := c.MinSize().Height
	c.Move(fyne.NewPos(0, 0))
	c.Resize(fyne.NewSize(size.Width, h))
	gap := theme.Padding()
	r.t.strip.Move(fyne.NewPos(0, h+gap))
	r.t.strip.Resize(fyne.NewSize(size.Width, size.Height-h-gap))
}

func (r *renderer) MinSize() fyne.Size {
	c, s := r.t.controls.box.MinSize(), r.t.strip.MinSize()
	return fyne.NewSize(max(c.Width, s.Width), c.Height+theme.Padding()+s.Height)
}

func (r *renderer) Refresh() {
	r.t.controls.box.Refresh()
	r.t.strip.Refresh()
}

func (r *renderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.t.controls.box, r.t.strip, r.t.tip.Container}
}

// Destroy stops playing: nothing is left to show the days.
func (r *renderer) Destroy() { r.t.Pause() }
