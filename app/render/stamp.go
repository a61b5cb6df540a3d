package render

import (
	"image"
	"image/color"
	"math"
	"sync"
)

// Markers are drawn by stamping small pre-drawn sprites: each shape is
// anti-aliased once, on first use, and a frame only copies it over the
// background, which keeps a thousand clusters cheap.

// shape is what a stamp shows.
type shape uint8

const (
	disc        shape = iota // an event dated to the day: a filled disc
	ring                     // an event known only within a wider window: a ring
	diamond                  // an event placed only by its region, dated to the day
	openDiamond              // an event placed only by its region, within a wider window
	bubble                   // a cluster: a disc with a white rim
	halo                     // the selection: a ring of its colour around the marker
	placeDot                 // a place an article mentions: a faint dot
)

// diamondReach is how far a diamond's corners reach, as a share of its
// radius: as far as makes its area a disc's, so that neither looks the
// more important.
const diamondReach = 1.25

// stampKey is a stamp: its shape, colour, radius in pixels and the pixels
// per unit of size (0 counts as 1), which its rims and rings are as thick
// as in units.
type stampKey struct {
	shape  shape
	colour color.RGBA
	radius float64
	scale  float64
}

var (
	stampsMu sync.Mutex
	stamps   = map[stampKey]*sprite{}
)

// stamp draws the stamp for k at pixel centre (x, y) of dst.
func stamp(dst *image.RGBA, x, y float64, k stampKey) {
	stampsMu.Lock()
	sp, ok := stamps[k]
	if !ok {
		sp = newSprite(drawStamp(k))
		stamps[k] = sp
	}
	stampsMu.Unlock()
	sp.drawCentred(dst, x, y)
}

var (
	white    = color.RGBA{0xff, 0xff, 0xff, 0xff}
	ink      = color.RGBA{0x1b, 0x24, 0x33, 0xff} // the light palette's selection halo and legend text
	placeInk = color.RGBA{0x4a, 0x55, 0x68, 0xff} // mentioned places, drawn faint
)

// drawStamp anti-aliases the shape of k into a square image with the
// shape's centre at the centre of its middle pixel.
func drawStamp(k stampKey) *image.RGBA {
	r, s := k.radius, max(k.scale, 1)
	switch k.shape {
	case halo:
		r += 4 * s
	case diamond, openDiamond:
		r *= diamondReach
	}
	size := 2*int(math.Ceil(r)) + 3
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	c := float64(size) / 2
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			dx, dy := float64(px)+0.5-c, float64(py)+0.5-c
			d := math.Hypot(dx, dy)
			// A diamond's edges are as far from its centre as a disc's
			// of radius r/√2: d/√2 in the L1 norm measures to them.
			e := (math.Abs(dx) + math.Abs(dy)) / math.Sqrt2
			er := r / math.Sqrt2
			var out color.RGBA
			switch k.shape {
			case disc:
				out = over(paint(white, within(d, k.radius)), paint(k.colour, within(d, k.radius-1.5*s)))
			case ring:
				out = over(paint(white, within(d, k.radius)),
					paint(k.colour, within(d, k.radius-s)*(1-within(d, k.radius-3.5*s))))
				out = over(out, paint(white, within(d, k.radius-3.5*s)*0.9))
			case diamond:
				out = over(paint(white, within(e, er)), paint(k.colour, within(e, er-1.5*s)))
			case openDiamond:
				out = over(paint(white, within(e, er)),
					paint(k.colour, within(e, er-s)*(1-within(e, er-3.5*s))))
				out = over(out, paint(white, within(e, er-3.5*s)*0.9))
			case bubble:
				out = over(paint(white, within(d, k.radius)), paint(k.colour, within(d, k.radius-2*s)))
			case halo:
				out = paint(k.colour, within(d, r)*(1-within(d, r-2.5*s)))
			case placeDot:
				out = over(paint(white, 0.6*within(d, k.radius)), paint(k.colour, 0.55*within(d, k.radius-s)))
			}
			img.SetRGBA(px, py, out)
		}
	}
	return img
}

// within is how much of a pixel at distance d from the centre lies inside a
// circle of radius r: 1 well inside, 0 well outside.
func within(d, r float64) float64 { return math.Max(0, math.Min(1, r-d+0.5)) }

// paint is c at coverage a, premultiplied as image.RGBA wants.
func paint(c color.RGBA, a float64) color.RGBA {
	a *= float64(c.A) / 255
	return color.RGBA{
		R: uint8(float64(c.R)*a + 0.5), G: uint8(float64(c.G)*a + 0.5),
		B: uint8(float64(c.B)*a + 0.5), A: uint8(255*a + 0.5),
	}
}

// over composes premultiplied top over bottom.
func over(bottom, top color.RGBA) color.RGBA {
	k := 255 - uint32(top.A)
	mix := func(t, b uint8) uint8 { return t + div255(uint32(b)*k) }
	return color.RGBA{mix(top.R, bottom.R), mix(top.G, bottom.G), mix(top.B, bottom.B), mix(top.A, bottom.A)}
}

// countStamps caches the clusters' counts, drawn in countStyle at a
// scale: drawing glyphs is far dearer than copying them.
var (
	countsMu    sync.Mutex
	countStamps = map[countKey]*sprite{}
	countStyle  = Style{Size: 11, Bold: true, Color: white}
)

type countKey struct {
	label string
	scale float64
}

const maxCountStamps = 4096

// stampCount draws a cluster's count label centred on (x, y), at scale
// pixels per unit of size.
func stampCount(dst *image.RGBA, x, y float64, label string, scale float64) {
	countsMu.Lock()
	k := countKey{label, scale}
	sp, ok := countStamps[k]
	if !ok {
		if len(countStamps) >= maxCountStamps {
			clear(countStamps)
		}
		st := countStyle
		st.Size *= scale
		w, asc, _ := MeasureText(label, st)
		// Digits have no descent: centre on the cap height.
		img := image.NewRGBA(image.Rect(0, 0, w+2, asc+1))
		DrawText(img, 1, asc, label, st)
		sp = newSprite(img)
		countStamps[k] = sp
	}
	countsMu.Unlock()
	sp.drawCentred(dst, x, y)
}
