package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// renderer lays the map's controls over its frame: zoom buttons and "Fit
// to events" in the top right corner, the places toggle under them, the
// badge of the cluster being stepped through in the top left corner, the
// hint of events left outside the frame at the top in the middle, and the
// tooltip where the pointer is. The panels take the theme's colours, and
// the map its light or dark palette, anew on each refresh, which Fyne
// does to every widget when the theme changes.
type renderer struct {
	m        *Map
	panel    *canvas.Rectangle
	controls *fyne.Container
	objects  []fyne.CanvasObject
}

func newRenderer(m *Map) *renderer {
	button := func(icon fyne.Resource, do func()) *widget.Button {
		b := widget.NewButtonWithIcon("", icon, do)
		b.Importance = widget.LowImportance
		return b
	}
	panel := canvas.NewRectangle(color.Transparent)
	panel.StrokeWidth = 1
	controls := container.NewStack(panel, container.NewVBox(
		button(theme.ZoomInIcon(), m.ZoomIn),
		button(theme.ZoomOutIcon(), m.ZoomOut),
		button(theme.ZoomFitIcon(), m.FitEvents),
		m.places,
	))
	m.controls = controls
	r := &renderer{m: m, panel: panel, controls: controls,
		objects: []fyne.CanvasObject{m.raster, controls, m.stepping.badge, m.outside, m.tip.Container}}
	r.applyTheme()
	return r
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
	// After resized, which may fit anew and change the hint's text.
	o := r.m.outside.MinSize()
	r.m.outside.Resize(o)
	r.m.outside.Move(fyne.NewPos((size.Width-o.Width)/2, controlsInset))
}

func (r *renderer) MinSize() fyne.Size {
	return r.controls.MinSize().AddWidthHeight(2*controlsInset, 2*controlsInset)
}

func (r *renderer) Refresh() {
	r.applyTheme()
	r.m.raster.Refresh()
	r.controls.Refresh()
}

// applyTheme gives the panels the current theme's colours and the map the
// palette that goes with it.
func (r *renderer) applyTheme() {
	m := r.m
	r.panel.FillColor = theme.ColorForWidget(theme.ColorNameOverlayBackground, m)
	r.panel.StrokeColor = theme.ColorForWidget(theme.ColorNameSeparator, m)
	r.panel.CornerRadius = theme.SizeForWidget(theme.SizeNameInputRadius, m)
	m.tip.ApplyTheme()
	m.stepping.applyTheme(m)
	m.scene.Dark = isDark(theme.ColorForWidget(theme.ColorNameBackground, m))
}

// isDark says whether a background colour is dark, as a dark theme's is.
func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return 299*r+587*g+114*b < 1000*0x8000
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *renderer) Destroy() {}
