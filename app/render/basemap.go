package render

import (
	"image"
	"sync"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
)

// Basemap draws the offline world map under a view: sea, land, lakes, the
// disputed areas hatched and outlined, rivers, coastlines, borders and the
// labels that fit. It keeps its rasteriser, masks and rendered label text
// from frame to frame; it draws one frame at a time.
type Basemap struct {
	m      *basemap.Map
	mu     sync.Mutex
	fill   filler
	labels labeler
}

// NewBasemap returns a Basemap that draws m.
func NewBasemap(m *basemap.Map) *Basemap {
	return &Basemap{m: m}
}

// Draw paints the view v of the map over the whole of dst, whose bounds
// are the view's pixels (dst is v.Width×v.Height).
func (b *Basemap) Draw(dst *image.RGBA, v Viewport) {
	b.mu.Lock()
	defer b.mu.Unlock()
	view := dst.Rect
	t := pixelsOf(v)
	t.ox += float64(view.Min.X)
	t.oy += float64(view.Min.Y)
	// Lines a little outside the view still reach into it.
	pad := 4 / t.s
	bound := v.Bound()
	bound = orb.Bound{Min: orb.Point{bound.Min[0] - pad, bound.Min[1] - pad}, Max: orb.Point{bound.Max[0] + pad, bound.Max[1] + pad}}
	z := v.Zoom

	area, mask := b.fill.cover(b.m.Pieces(basemap.Land, z, bound), t, view)
	fillOutside(dst, view, area, SeaColor)
	if !area.Empty() {
		fillBetween(dst, area, mask, SeaColor, LandColor)
	}
	b.fill.eachCover(b.m.Pieces(basemap.Disputed, z, bound), t, view, func(area image.Rectangle, mask *image.Alpha) {
		hatch(dst, area, mask, hatchColor, t.ox, t.oy)
	})
	b.strokeLayer(dst, basemap.Rivers, z, bound, t)
	b.fill.eachCover(b.m.Pieces(basemap.Lakes, z, bound), t, view, func(area image.Rectangle, mask *image.Alpha) {
		fill(dst, area, mask, SeaColor)
	})
	for _, l := range []basemap.Layer{basemap.Coastlines, basemap.Borders, basemap.DisputedOutlines} {
		b.strokeLayer(dst, l, z, bound, t)
	}
	b.labels.draw(dst, b.m.Labels(z, bound), z, t)
}

// strokeLayer strokes the lines of a layer in view.
func (b *Basemap) strokeLayer(dst *image.RGBA, l basemap.Layer, zoom float64, bound orb.Bound, t toPixels) {
	s := stroker{dst: dst}
	for _, p := range b.m.Pieces(l, zoom, bound) {
		s.style = lineStyleFor(l, p.Class, zoom)
		for _, line := range p.Lines {
			s.polyline(line, t)
		}
	}
}
