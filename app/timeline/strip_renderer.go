package timeline

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/chronomap/chronomap/app/render"
)

// stripRenderer draws the strip into a raster at the canvas's resolution.
type stripRenderer struct {
	s      *strip
	raster *canvas.Raster
	img    *image.RGBA // reused while the size stays
}

func newStripRenderer(s *strip) *stripRenderer {
	r := &stripRenderer{s: s}
	r.raster = canvas.NewRaster(r.draw)
	return r
}

func (r *stripRenderer) draw(w, h int) image.Image {
	if r.img == nil || r.img.Bounds().Dx() != w || r.img.Bounds().Dy() != h {
		r.img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	r.s.hits = render.DrawTimeline(r.img, r.s.model())
	return r.img
}

func (r *stripRenderer) Layout(size fyne.Size) { r.raster.Resize(size) }

func (r *stripRenderer) MinSize() fyne.Size { return fyne.NewSize(240, 120) }

func (r *stripRenderer) Refresh() { r.raster.Refresh() }

func (r *stripRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.raster} }

func (r *stripRenderer) Destroy() {}
