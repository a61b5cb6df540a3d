package render

import (
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb"
)

// toPixels maps Web Mercator metres to the pixels of a view: x·s + ox,
// -y·s + oy. It is a Viewport's ToPixel with the sums done once a frame.
type toPixels struct{ s, ox, oy float64 }

func pixelsOf(v Viewport) toPixels {
	s := v.Scale()
	return toPixels{s, float64(v.Width)/2 - v.Center[0]*s, float64(v.Height)/2 + v.Center[1]*s}
}

func (t toPixels) at(p orb.Point) (x, y float64) { return p[0]*t.s + t.ox, -p[1]*t.s + t.oy }

// stroker draws anti-aliased lines straight into an opaque RGBA image. Map
// lines are thin and sparse, so visiting only the pixels near them is much
// cheaper than rasterising them as polygons over the whole frame.
type stroker struct {
	dst   *image.RGBA
	style lineStyle
	phase float64 // how far into its dash pattern the line is
}

// minStep is the shortest segment stroked, in pixels: at small zooms a
// level's points are a pixel or two apart, and joining the closest ones
// saves much of the work at no visible cost.
const minStep = 1.0

// polyline strokes a line given in Web Mercator metres.
func (s *stroker) polyline(pts []orb.Point, t toPixels) {
	s.phase = 0
	if len(pts) < 2 {
		return
	}
	x0, y0 := t.at(pts[0])
	for i, p := range pts[1:] {
		x1, y1 := t.at(p)
		if dx, dy := x1-x0, y1-y0; dx*dx+dy*dy < minStep*minStep && i < len(pts)-2 {
			continue
		}
		if s.style.dash == nil {
			s.segment(x0, y0, x1, y1)
		} else {
			s.dashed(x0, y0, x1, y1)
		}
		x0, y0 = x1, y1
	}
}

// dashed strokes the parts of a segment where the dash pattern is on,
// carrying the pattern over to the next segment.
func (s *stroker) dashed(x0, y0, x1, y1 float64) {
	length := math.Hypot(x1-x0, y1-y0)
	if length == 0 {
		return
	}
	period := 0.0
	for _, d := range s.style.dash {
		period += d
	}
	// If the whole segment is out of sight, only the phase matters.
	if !s.near(x0, y0, x1, y1) {
		s.phase = math.Mod(s.phase+length, period)
		return
	}
	for done := 0.0; done < length; {
		// Find where in the pattern the line is, and how much of this dash
		// or gap is left.
		at, on, left := s.phase, true, 0.0
		for i, d := range s.style.dash {
			if at < d {
				on, left = i%2 == 0, d-at
				break
			}
			at -= d
		}
		step := min(left, length-done)
		if step <= 0 { // rounding at the end of the pattern
			s.phase = 0
			continue
		}
		if on {
			a, b := done/length, (done+step)/length
			s.segment(x0+(x1-x0)*a, y0+(y1-y0)*a, x0+(x1-x0)*b, y0+(y1-y0)*b)
		}
		done += step
		s.phase = math.Mod(s.phase+step, period)
	}
}

// near reports whether a segment's bound comes within reach of the image.
func (s *stroker) near(x0, y0, x1, y1 float64) bool {
	r, pad := s.dst.Rect, s.style.width/2+1
	return max(x0, x1) >= float64(r.Min.X)-pad && min(x0, x1) <= float64(r.Max.X)+pad &&
		max(y0, y1) >= float64(r.Min.Y)-pad && min(y0, y1) <= float64(r.Max.Y)+pad
}

// segment strokes one segment. It steps along its major axis, over the
// pixel columns (or rows) whose centres lie in [start, end), so that the
// segments of a line meet without covering a pixel twice, and gives each
// pixel across it the part of it within half the width of the line.
func (s *stroker) segment(x0, y0, x1, y1 float64) {
	if !s.near(x0, y0, x1, y1) {
		return
	}
	steep := math.Abs(y1-y0) > math.Abs(x1-x0)
	r := s.dst.Rect
	lo, hi, across0, across1 := r.Min.X, r.Max.X, r.Min.Y, r.Max.Y
	// Steps along the major and minor axes, in bytes of dst.Pix.
	along, across := 4, s.dst.Stride
	if steep {
		x0, y0, x1, y1 = y0, x0, y1, x1
		lo, hi, across0, across1 = r.Min.Y, r.Max.Y, r.Min.X, r.Max.X
		along, across = across, along
	}
	if x0 > x1 {
		x0, y0, x1, y1 = x1, y1, x0, y0
	}
	length := math.Sqrt((x1-x0)*(x1-x0) + (y1-y0)*(y1-y0))
	if length == 0 {
		return
	}
	cos, slope := (x1-x0)/length, (y1-y0)/(x1-x0)
	hw := s.style.width / 2
	reach := (hw + 1) / cos
	first := max(lo, ceil(x0-0.5))
	last := min(hi-1, ceil(x1-0.5)-1)
	c := s.style.color
	// Pixel (x, y) is at origin + 4x + y·Stride in dst.Pix.
	origin := -(r.Min.X*4 + r.Min.Y*s.dst.Stride)
	for i := first; i <= last; i++ {
		mid := y0 + (float64(i)+0.5-x0)*slope
		j0 := max(across0, floor(mid-reach))
		j1 := min(across1-1, ceil(mid+reach))
		for j := j0; j <= j1; j++ {
			cover := hw + 0.5 - math.Abs(float64(j)+0.5-mid)*cos
			if cover <= 0 {
				continue
			}
			k := origin + i*along + j*across
			blendAt(s.dst.Pix[k:k+4:k+4], c, uint32(min(1, cover)*255+0.5))
		}
	}
}

// floor and ceil are math.Floor and math.Ceil to an int, without the
// cases of infinities and NaNs a pixel coordinate never is.
func floor(x float64) int {
	i := int(x)
	if float64(i) > x {
		i--
	}
	return i
}

func ceil(x float64) int {
	i := int(x)
	if float64(i) < x {
		i++
	}
	return i
}

// blendPixel blends c, with coverage a out of 255, over an opaque pixel.
func blendPixel(dst *image.RGBA, x, y int, c color.RGBA, a uint32) {
	i := dst.PixOffset(x, y)
	blendAt(dst.Pix[i:i+4:i+4], c, a)
}

// dot draws an anti-aliased disc of radius r centred at (x, y).
func dot(dst *image.RGBA, x, y, r float64, c color.RGBA) {
	b := image.Rect(int(math.Floor(x-r-1)), int(math.Floor(y-r-1)), int(math.Ceil(x+r+1)), int(math.Ceil(y+r+1))).Intersect(dst.Rect)
	for j := b.Min.Y; j < b.Max.Y; j++ {
		for i := b.Min.X; i < b.Max.X; i++ {
			cover := r + 0.5 - math.Hypot(float64(i)+0.5-x, float64(j)+0.5-y)
			if cover > 0 {
				blendPixel(dst, i, j, c, uint32(min(1, cover)*255+0.5))
			}
		}
	}
}

// triangle draws an upward triangle of half-width r centred at (x, y),
// anti-aliased by sampling each pixel 4×4 times.
func triangle(dst *image.RGBA, x, y, r float64, c color.RGBA) {
	top, base := y-r, y+r*0.8
	b := image.Rect(int(math.Floor(x-r-1)), int(math.Floor(top-1)), int(math.Ceil(x+r+1)), int(math.Ceil(base+1))).Intersect(dst.Rect)
	for j := b.Min.Y; j < b.Max.Y; j++ {
		for i := b.Min.X; i < b.Max.X; i++ {
			n := 0
			for sy := range 4 {
				py := float64(j) + (float64(sy)+0.5)/4
				half := r * (py - top) / (base - top) // the triangle's half-width at py
				for sx := range 4 {
					px := float64(i) + (float64(sx)+0.5)/4
					if py >= top && py <= base && math.Abs(px-x) <= half {
						n++
					}
				}
			}
			if n > 0 {
				blendPixel(dst, i, j, c, uint32(n*255/16))
			}
		}
	}
}
