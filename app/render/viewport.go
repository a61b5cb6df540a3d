package render

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"
)

// Zoom limits: at MinZoom the world is 256 pixels wide, at MaxZoom a pixel
// is a few metres, finer than any place the gazetteer locates.
const (
	MinZoom = 0
	MaxZoom = 15
)

// worldMetres is the width of the Web Mercator plane.
const worldMetres = 2 * math.Pi * 6378137

// Viewport is the part of the map a view shows: its centre in Web Mercator
// metres, its zoom level (the world is 256·2^Zoom pixels wide, as in web
// map tiles) and its size in pixels.
//
// PixelScale is the pixels per unit of size, for high-density screens; 0
// counts as 1. Markers, text, lines and the legend are drawn that many times
// bigger in pixels, so that they keep their size in units; Zoom, Width and
// Height stay in pixels. AtScale makes such a view from one in units.
type Viewport struct {
	Center        orb.Point
	Zoom          float64
	Width, Height int
	PixelScale    float64
}

// Mercator projects a longitude/latitude point to Web Mercator metres.
func Mercator(lonLat orb.Point) orb.Point {
	return project.Point(lonLat, project.WGS84.ToMercator)
}

// LonLat is the longitude/latitude point of Web Mercator point p, the
// inverse of Mercator.
func LonLat(p orb.Point) orb.Point {
	return project.Point(p, project.Mercator.ToWGS84)
}

// AtScale is v, given in units of size, drawn at s pixels per unit into a
// frame of width×height pixels: the same place lies under unit point
// (x, y) and pixel (x·s, y·s), and the zoom in pixels is log2(s) higher.
// A scale below 1 counts as 1.
func (v Viewport) AtScale(s float64, width, height int) Viewport {
	s = max(s, 1)
	return Viewport{
		Center:     v.FromPixel(float64(width)/(2*s), float64(height)/(2*s)),
		Zoom:       v.Zoom + math.Log2(s),
		Width:      width,
		Height:     height,
		PixelScale: s,
	}
}

// pixels is the view's pixels per unit of size, at least 1.
func (v Viewport) pixels() float64 { return max(v.PixelScale, 1) }

// unitZoom is the zoom in units of size: what decides which features and
// labels a view shows and how thick its lines are, so that a view shows
// the same at every scale.
func (v Viewport) unitZoom() float64 {
	if v.PixelScale <= 1 {
		return v.Zoom
	}
	return v.Zoom - math.Log2(v.PixelScale)
}

// Scale is the number of pixels per Web Mercator metre.
func (v Viewport) Scale() float64 {
	return 256 * math.Exp2(v.Zoom) / worldMetres
}

// GroundMetres is how many metres on the ground n pixels of the view span
// at Web Mercator point p: fewer away from the equator, where Mercator
// stretches the map. It turns a distance on screen, such as how near the
// pointer must come to snap to a place, into one on the Earth.
func (v Viewport) GroundMetres(n float64, p orb.Point) float64 {
	return n / v.Scale() * math.Cos(LonLat(p)[1]*math.Pi/180)
}

// ToPixel is where the Web Mercator point p falls in the view, y down.
func (v Viewport) ToPixel(p orb.Point) (x, y float64) {
	s := v.Scale()
	return float64(v.Width)/2 + (p[0]-v.Center[0])*s,
		float64(v.Height)/2 - (p[1]-v.Center[1])*s
}

// FromPixel is the Web Mercator point at pixel (x, y) of the view.
func (v Viewport) FromPixel(x, y float64) orb.Point {
	s := v.Scale()
	return orb.Point{
		v.Center[0] + (x-float64(v.Width)/2)/s,
		v.Center[1] - (y-float64(v.Height)/2)/s,
	}
}

// Bound is the part of the Web Mercator plane the view shows.
func (v Viewport) Bound() orb.Bound {
	return orb.Bound{
		Min: v.FromPixel(0, float64(v.Height)),
		Max: v.FromPixel(float64(v.Width), 0),
	}
}

// Pan moves the map content by (dx, dy) pixels, as a drag does.
func (v Viewport) Pan(dx, dy float64) Viewport {
	s := v.Scale()
	v.Center = orb.Point{v.Center[0] - dx/s, v.Center[1] + dy/s}
	return v.clamped()
}

// ZoomAt changes the zoom by dz levels and keeps the point under pixel
// (x, y) where it is, as a wheel or pinch at the cursor does.
func (v Viewport) ZoomAt(x, y, dz float64) Viewport {
	anchor := v.FromPixel(x, y)
	v.Zoom = math.Max(MinZoom, math.Min(MaxZoom, v.Zoom+dz))
	s := v.Scale()
	v.Center = orb.Point{
		anchor[0] - (x-float64(v.Width)/2)/s,
		anchor[1] + (y-float64(v.Height)/2)/s,
	}
	return v.clamped()
}

// Fit frames the Web Mercator bound b in a view of width×height pixels,
// leaving margin pixels on each side, and zooms no further in than maxZoom
// so that a single point is shown with its surroundings.
func Fit(b orb.Bound, width, height, margin int, maxZoom float64) Viewport {
	v := Viewport{Center: b.Center(), Width: width, Height: height, Zoom: maxZoom}
	w := float64(width - 2*margin)
	h := float64(height - 2*margin)
	if bw, bh := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]; bw > 0 || bh > 0 {
		// The zoom at which the bound just fits each way.
		zx := math.Log2(w * worldMetres / (256 * math.Max(bw, 1e-9)))
		zy := math.Log2(h * worldMetres / (256 * math.Max(bh, 1e-9)))
		v.Zoom = math.Min(maxZoom, math.Min(zx, zy))
	}
	v.Zoom = math.Max(MinZoom, v.Zoom)
	return v.clamped()
}

// clamped keeps the centre on the plane, so the map cannot be dragged
// away into emptiness.
func (v Viewport) clamped() Viewport {
	const half = worldMetres / 2
	v.Center[0] = math.Max(-half, math.Min(half, v.Center[0]))
	v.Center[1] = math.Max(-half, math.Min(half, v.Center[1]))
	return v
}
