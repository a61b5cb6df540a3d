package render

import (
	"image"
	"slices"
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
// are the view's pixels (dst is v.Width×v.Height), in the light palette.
// At a PixelScale above 1, lines, hatching and labels are that much bigger
// in pixels.
func (b *Basemap) Draw(dst *image.RGBA, v Viewport) { b.drawIn(dst, v, &lightPalette) }

// drawIn draws as Draw does, in the colours of p: a Scene draws its
// basemap in its own palette.
func (b *Basemap) drawIn(dst *image.RGBA, v Viewport, p *palette) {
	b.mu.Lock()
	defer b.mu.Unlock()
	view := dst.Rect
	t := pixelsOf(v)
	t.ox += float64(view.Min.X)
	t.oy += float64(view.Min.Y)
	s := v.pixels()
	// Lines a little outside the view still reach into it.
	pad := 4 * s / t.s
	bound := v.Bound()
	bound = orb.Bound{Min: orb.Point{bound.Min[0] - pad, bound.Min[1] - pad}, Max: orb.Point{bound.Max[0] + pad, bound.Max[1] + pad}}
	in := inView{v.Zoom, v.unitZoom(), bound}

	area, mask := b.fill.cover(b.pieces(basemap.Land, in), t, view)
	fillOutside(dst, view, area, p.sea)
	if !area.Empty() {
		fillBetween(dst, area, mask, p.sea, p.land)
	}
	period := hatchPeriodAt(s)
	b.fill.eachCover(b.pieces(basemap.Disputed, in), t, view, func(area image.Rectangle, mask *image.Alpha) {
		hatch(dst, area, mask, p.hatch, t.ox, t.oy, period, s)
	})
	b.strokeLayer(dst, basemap.Rivers, in, t, s, p)
	b.fill.eachCover(b.pieces(basemap.Lakes, in), t, view, func(area image.Rectangle, mask *image.Alpha) {
		fill(dst, area, mask, p.sea)
	})
	for _, l := range []basemap.Layer{basemap.Coastlines, basemap.Borders, basemap.DisputedOutlines} {
		b.strokeLayer(dst, l, in, t, s, p)
	}
	b.labels.draw(dst, b.m.Labels(in.unitZoom, bound), in.unitZoom, t, s, p)
}

// inView is what decides which pieces a view shows: the zoom in pixels,
// which picks the level of detail, the zoom in units, which picks the
// features (see Viewport.unitZoom), and the bound.
type inView struct {
	zoom, unitZoom float64
	bound          orb.Bound
}

// pieces are the pieces of a layer in view: on a denser screen, finer
// geometry of the same features.
func (b *Basemap) pieces(l basemap.Layer, in inView) []*basemap.Piece {
	pieces := b.m.Pieces(l, in.zoom, in.bound)
	if in.unitZoom == in.zoom {
		return pieces
	}
	return slices.DeleteFunc(pieces, func(p *basemap.Piece) bool { return p.MinZoom > in.unitZoom })
}

// strokeLayer strokes the lines of a layer in view, at s pixels per unit,
// in the colours of p.
func (b *Basemap) strokeLayer(dst *image.RGBA, l basemap.Layer, in inView, t toPixels, s float64, p *palette) {
	st := stroker{dst: dst}
	for _, piece := range b.pieces(l, in) {
		st.style = lineStyleFor(l, piece.Class, in.unitZoom, p).scaled(s)
		for _, line := range piece.Lines {
			st.polyline(line, t)
		}
	}
}
