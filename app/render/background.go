package render

import (
	"image"
	"image/color"
	"image/draw"
)

// Background paints the whole of a frame before the layers go on top: the
// basemap, or a plain colour where there is none.
type Background interface {
	Draw(dst *image.RGBA, v Viewport)
}

// Fill is a background of one colour.
type Fill color.RGBA

// SeaBlue is the plain background shown until a basemap is wired in: the
// colour of open water, so that markers read as they will on the map.
var SeaBlue = Fill{R: 0xd4, G: 0xe4, B: 0xef, A: 0xff}

// Draw paints all of dst in f.
func (f Fill) Draw(dst *image.RGBA, _ Viewport) {
	draw.Draw(dst, dst.Bounds(), image.NewUniform(color.RGBA(f)), image.Point{}, draw.Src)
}
