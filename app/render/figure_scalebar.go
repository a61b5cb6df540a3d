package render

import (
	"fmt"
	"image"
	"math"
)

// The scale bar's sizes, in units: it is at most maxScaleBar long, so a
// round length between 2/5 of that and all of it.
const (
	maxScaleBar   = 120
	scaleBarPad   = 6
	scaleBarThick = 3
	scaleBarTick  = 8
)

var scaleBarText = Style{Size: 11, Color: ink}

// earthRadius is the sphere Web Mercator projects, in metres.
const earthRadius = worldMetres / (2 * math.Pi)

// scaleBar is the longest round distance (1, 2 or 5 times a power of ten
// metres) at most maxPixels long in view v, measured along the parallel
// through the view's centre, and its length in pixels. Web Mercator
// stretches distances by 1/cos(latitude), so the same bar is longer in
// pixels the further it is from the equator.
func scaleBar(v Viewport, maxPixels float64) (metres, pixels float64) {
	perPixel := math.Cos(latitude(v.Center[1])) / v.Scale()
	most := maxPixels * perPixel
	step := math.Pow(10, math.Floor(math.Log10(most)))
	metres = step
	for _, k := range []float64{2, 5, 10} {
		if k*step <= most {
			metres = k * step
		}
	}
	return metres, metres / perPixel
}

// latitude is the latitude, in radians, of Web Mercator northing y.
func latitude(y float64) float64 { return math.Atan(math.Sinh(y / earthRadius)) }

// distanceText writes a scale bar's length: "500 m", "2 km", "1000 km".
func distanceText(metres float64) string {
	if metres < 1000 {
		return fmt.Sprintf("%.0f m", metres)
	}
	return fmt.Sprintf("%.0f km", metres/1000)
}

// scaleNote says at which latitude the bar holds when the view spans
// enough of them that it is more than a tenth off at an edge of the view,
// as it is on a map of a continent, and is empty otherwise.
func scaleNote(v Viewport) string {
	b := v.Bound()
	c := math.Cos(latitude(v.Center[1]))
	if math.Cos(latitude(b.Min[1]))/c > 1.1 || c/math.Cos(latitude(b.Max[1])) > 1.1 ||
		c/math.Cos(latitude(b.Min[1])) > 1.1 || math.Cos(latitude(b.Max[1]))/c > 1.1 {
		lat := latitude(v.Center[1]) * 180 / math.Pi
		hemisphere := "N"
		if lat < 0 {
			hemisphere = "S"
		}
		return fmt.Sprintf(" at %.0f° %s", math.Abs(lat), hemisphere)
	}
	return ""
}

// drawScaleBar draws view v's scale bar, its label above it, on a box of
// legend paper whose bottom-left corner is at.
func drawScaleBar(dst *image.RGBA, at image.Point, v Viewport) {
	s := v.pixels()
	px := func(n int) int { return scaled(n, s) }
	metres, length := scaleBar(v, maxScaleBar*s)
	st := scaleBarText.at(s)
	label := distanceText(metres) + scaleNote(v)
	w, ascent, descent := MeasureText(label, st)
	bar := int(math.Round(length))
	pad := px(scaleBarPad)
	box := image.Rect(at.X, at.Y-(2*pad+ascent+descent+px(4)+px(scaleBarTick)), at.X+2*pad+max(w, bar), at.Y)
	fillRect(dst, box, lightPalette.edge)
	fillRect(dst, box.Inset(px(1)), lightPalette.paper)
	DrawText(dst, box.Min.X+pad, box.Min.Y+pad+ascent, label, st)
	// The bar, and a tick up at each end.
	x0, y := box.Min.X+pad, box.Max.Y-pad
	thick, tick := max(1, px(scaleBarThick)), px(scaleBarTick)
	fillRect(dst, image.Rect(x0, y-thick, x0+bar, y), ink)
	fillRect(dst, image.Rect(x0, y-tick, x0+thick, y), ink)
	fillRect(dst, image.Rect(x0+bar-thick, y-tick, x0+bar, y), ink)
}
