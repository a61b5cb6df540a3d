package mapview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// renderer lays the map's controls over its frame: zoom buttons and "Fit
// to events" in the top right corner, the places toggle under them, the
// badge of the cluster being stepped through in the top left corner, and
// the tooltip where the pointer is.
type renderer struct {
	m        *Map
	controls *fyne.Container
	objects  []fyne.CanvasObject
}

func newRenderer(m *Map) *renderer {
	button := func(icon fyne.Resource, do func()) *widget.Button {
		b := widget.NewButtonWithIcon("", icon, do)
		b.Importance = widget.LowImportance
		return b
	}
	panel := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	panel.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	controls := container.NewStack(panel, container.NewVBox(
		button(theme.ZoomInIcon(), m.ZoomIn),
		button(theme.ZoomOutIcon(), m.ZoomOut),
		button(theme.ZoomFitIcon(), m.FitEvents),
		m.places,
	))
	return &renderer{m: m, controls: controls, objects: []fyne.CanvasObject{m.raster, controls, m.stepping.badge, m.tip.Container}}
}

const controlsInset = 8

func (r *renderer) Layout(size fyne.Size) {
	r.m.raster.Resize(size)
	c := r.controls.MinSize()
	r.controls.Resize(c)
	r.controls.Move(fyne.NewPos(size.Width-c.Width-controlsInset, controlsInset))
	r.m.stepping.badge.Resize(r.m.stepping.badge.MinSize())
	r.m.stepping.badge.Move(fyne.NewPos(controlsInset, controlsInset))
	r.m.resized(size)
}

func (r *renderer) MinSize() fyne.Size {
	return r.controls.MinSize().AddWidthHeight(2*controlsInset, 2*controlsInset)
}

func (r *renderer) Refresh() {
	r.m.raster.Refresh()
	r.controls.Refresh()
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *renderer) Destroy() {}
