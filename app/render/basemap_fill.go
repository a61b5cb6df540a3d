package render

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"

	"github.com/chronomap/chronomap/geo/basemap"
)

// filler rasterises area pieces into a coverage mask, reusing its
// rasteriser and mask from frame to frame.
type filler struct {
	r      raster
	buf    []uint8
	groups []group
}

// cover rasterises the pieces, all at once with the non-zero rule so that
// the edges two pieces share along a grid cell cancel out, over the part
// of view their bounds cover. It returns that part, in view pixels, and
// the mask over it, whose origin is the part's corner; the part is empty
// when no piece is in view.
func (f *filler) cover(pieces []*basemap.Piece, t toPixels, view image.Rectangle) (image.Rectangle, *image.Alpha) {
	var area image.Rectangle
	for _, p := range pieces {
		area = area.Union(pixelBound(p, t))
	}
	return f.coverArea(pieces, t, area.Intersect(view))
}

// eachCover is cover for groups of pieces far apart, such as lakes: each
// group of pieces whose bounds overlap is rasterised over its own bounds,
// and passed to paint, so that a frame need not rasterise the whole view
// for a few small shapes. A shape cut into pieces along grid cells is
// still rasterised whole, since the bounds of its pieces touch.
func (f *filler) eachCover(pieces []*basemap.Piece, t toPixels, view image.Rectangle, paint func(image.Rectangle, *image.Alpha)) {
	f.groups = f.groups[:0]
	for _, p := range pieces {
		r := pixelBound(p, t).Intersect(view)
		if r.Empty() {
			continue
		}
		g := group{area: r, pieces: []*basemap.Piece{p}}
		// Merge every group this one meets, until it meets none.
		for merged := true; merged; {
			merged = false
			for i := 0; i < len(f.groups); i++ {
				if f.groups[i].area.Overlaps(g.area) {
					g.area = g.area.Union(f.groups[i].area)
					g.pieces = append(g.pieces, f.groups[i].pieces...)
					f.groups[i] = f.groups[len(f.groups)-1]
					f.groups = f.groups[:len(f.groups)-1]
					merged = true
					i--
				}
			}
		}
		f.groups = append(f.groups, g)
	}
	for _, g := range f.groups {
		paint(f.coverArea(g.pieces, t, g.area))
	}
}

// group is pieces rasterised together over their common bounds.
type group struct {
	area   image.Rectangle
	pieces []*basemap.Piece
}

// pixelBound is a piece's bound in view pixels, a pixel wider all round
// for anti-aliasing.
func pixelBound(p *basemap.Piece, t toPixels) image.Rectangle {
	x0, y1 := t.at(p.Bound.Min)
	x1, y0 := t.at(p.Bound.Max)
	return image.Rect(int(math.Floor(x0))-1, int(math.Floor(y0))-1, int(math.Ceil(x1))+1, int(math.Ceil(y1))+1)
}

// coverArea is cover over a given part of the view.
func (f *filler) coverArea(pieces []*basemap.Piece, t toPixels, area image.Rectangle) (image.Rectangle, *image.Alpha) {
	if area.Empty() {
		return area, nil
	}
	w, h := area.Dx(), area.Dy()
	f.r.reset(w, h)
	ox, oy := t.ox-float64(area.Min.X), t.oy-float64(area.Min.Y)
	for _, p := range pieces {
		for _, ring := range p.Polygon {
			if len(ring) == 0 {
				continue
			}
			// Points closer than minStep to the last one are left out, as
			// the stroker does.
			x0, y0 := ring[0][0]*t.s+ox, -ring[0][1]*t.s+oy
			lx, ly := x0, y0
			for i, pt := range ring[1:] {
				x, y := pt[0]*t.s+ox, -pt[1]*t.s+oy
				if dx, dy := x-lx, y-ly; dx*dx+dy*dy < minStep*minStep && i < len(ring)-2 {
					continue
				}
				f.r.line(lx, ly, x, y)
				lx, ly = x, y
			}
			f.r.line(lx, ly, x0, y0)
		}
	}
	if cap(f.buf) < w*h {
		f.buf = make([]uint8, w*h)
	}
	mask := &image.Alpha{Pix: f.buf[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}
	f.r.mask(mask.Pix)
	return area, mask
}

// fill paints c over dst where the mask covers it; the mask's origin is at
// area.Min.
func fill(dst *image.RGBA, area image.Rectangle, mask *image.Alpha, c color.RGBA) {
	solid := repeat8([4]uint8{c.R, c.G, c.B, 0xff})
	paintMask(dst, area, mask, nil, func(px []uint8) { fillPattern(px, &solid) }, func(px []uint8, m uint8) {
		blendAt(px, c, uint32(m))
	})
}

// fillBetween paints every pixel of area: bg where the mask is empty, fg
// where it is full, and a mix between.
func fillBetween(dst *image.RGBA, area image.Rectangle, mask *image.Alpha, bg, fg color.RGBA) {
	var mix [256][4]uint8
	for m := range mix {
		a := uint32(m)
		mix[m] = [4]uint8{
			uint8((uint32(bg.R)*(255-a) + uint32(fg.R)*a + 127) / 255),
			uint8((uint32(bg.G)*(255-a) + uint32(fg.G)*a + 127) / 255),
			uint8((uint32(bg.B)*(255-a) + uint32(fg.B)*a + 127) / 255),
			0xff,
		}
	}
	empty, full := repeat8(mix[0]), repeat8(mix[255])
	paintMask(dst, area, mask,
		func(px []uint8) { fillPattern(px, &empty) },
		func(px []uint8) { fillPattern(px, &full) },
		func(px []uint8, m uint8) { copy(px, mix[m][:]) })
}

// paintMask goes over the pixels of area and their mask bytes. Runs of eight
// pixels whose mask is all empty or all full, as most of a mask is
// (outside the shapes or inside them), go together to empty or full (nil:
// leave them), whole stretches of such runs at once; the other pixels go
// one at a time to mixed.
func paintMask(dst *image.RGBA, area image.Rectangle, mask *image.Alpha, empty, full func(px []uint8), mixed func(px []uint8, m uint8)) {
	w := area.Dx()
	for y := 0; y < area.Dy(); y++ {
		start := dst.PixOffset(area.Min.X, area.Min.Y+y)
		row := dst.Pix[start : start+4*w]
		m := mask.Pix[y*mask.Stride : y*mask.Stride+w]
		x := 0
		for x+8 <= w {
			switch v := binary.LittleEndian.Uint64(m[x:]); v {
			case 0, math.MaxUint64:
				end := x + 8
				for end+8 <= w && binary.LittleEndian.Uint64(m[end:]) == v {
					end += 8
				}
				if v != 0 {
					full(row[4*x : 4*end])
				} else if empty != nil {
					empty(row[4*x : 4*end])
				}
				x = end
			default:
				for i, a := range m[x : x+8] {
					mixed(row[4*(x+i):4*(x+i)+4:4*(x+i)+4], a)
				}
				x += 8
			}
		}
		for ; x < w; x++ {
			mixed(row[4*x:4*x+4:4*x+4], m[x])
		}
	}
}

// fillPattern fills px, a multiple of 32 bytes long, with a pattern of 32
// bytes, doubling what it has copied so far.
func fillPattern(px []uint8, pat *[32]uint8) {
	n := copy(px, pat[:])
	for n < len(px) {
		n += copy(px[n:], px[:n])
	}
}

// repeat8 is a pixel's bytes eight times over.
func repeat8(px [4]uint8) (out [32]uint8) {
	for i := 0; i < 32; i += 4 {
		copy(out[i:], px[:])
	}
	return out
}

// hatch paints diagonal lines of colour c, period pixels apart along a
// row, where the mask covers dst, at s pixels per unit. The lines are
// fixed to the map, not the screen, through the pixel where the map's
// origin is, so that they move with it when it is dragged.
func hatch(dst *image.RGBA, area image.Rectangle, mask *image.Alpha, c color.RGBA, originX, originY float64, period int, s float64) {
	// A pixel's coverage depends only on (x + y) mod the period: the
	// distance, across the lines, from its centre to the nearest line
	// x + y = origin + k·period. So it is worked out once per phase.
	var phases [maxHatchPeriod]uint32
	cover := phases[:period]
	p := float64(period)
	shift := math.Mod(originX+originY, p)
	for k := range cover {
		u := math.Mod(float64(k)+1-shift+2*p, p)
		d := min(u, p-u) / math.Sqrt2
		cover[k] = uint32(255 * min(1, max(0, hatchHalfWidth*s+0.5-d)))
	}
	// Only the few phases a line covers are visited, every period pixels.
	var inked []int
	for k, a := range cover {
		if a > 0 {
			inked = append(inked, k)
		}
	}
	w := area.Dx()
	// The phase of the row's first pixel, one more each row.
	phase := ((area.Min.X+area.Min.Y)%period + period) % period
	for y := 0; y < area.Dy(); y, phase = y+1, phase+1 {
		if phase == period {
			phase = 0
		}
		row := dst.Pix[dst.PixOffset(area.Min.X, area.Min.Y+y):]
		m := mask.Pix[y*mask.Stride : y*mask.Stride+w]
		for _, k := range inked {
			a := cover[k]
			x := k - phase
			if x < 0 {
				x += period
			}
			for ; x < w; x += period {
				if m[x] != 0 {
					blendAt(row[4*x:4*x+4:4*x+4], c, a*uint32(m[x])/255)
				}
			}
		}
	}
}

// fillOutside paints the part of view outside area in one colour.
func fillOutside(dst *image.RGBA, view, area image.Rectangle, c color.RGBA) {
	if area.Empty() {
		fillRect(dst, view, c)
		return
	}
	fillRect(dst, image.Rect(view.Min.X, view.Min.Y, view.Max.X, area.Min.Y), c)
	fillRect(dst, image.Rect(view.Min.X, area.Max.Y, view.Max.X, view.Max.Y), c)
	fillRect(dst, image.Rect(view.Min.X, area.Min.Y, area.Min.X, area.Max.Y), c)
	fillRect(dst, image.Rect(area.Max.X, area.Min.Y, view.Max.X, area.Max.Y), c)
}

// fillRect paints a rectangle of dst in one colour.
func fillRect(dst *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(dst.Rect)
	if r.Empty() {
		return
	}
	first := dst.Pix[dst.PixOffset(r.Min.X, r.Min.Y):]
	for x := 0; x < r.Dx(); x++ {
		first[4*x], first[4*x+1], first[4*x+2], first[4*x+3] = c.R, c.G, c.B, c.A
	}
	for y := r.Min.Y + 1; y < r.Max.Y; y++ {
		copy(dst.Pix[dst.PixOffset(r.Min.X, y):], first[:4*r.Dx()])
	}
}

// blendAt blends c, with coverage a out of 255, over the opaque pixel p.
func blendAt(p []uint8, c color.RGBA, a uint32) {
	a = a * uint32(c.A) / 255
	p[0] = uint8((uint32(p[0])*(255-a) + uint32(c.R)*a + 127) / 255)
	p[1] = uint8((uint32(p[1])*(255-a) + uint32(c.G)*a + 127) / 255)
	p[2] = uint8((uint32(p[2])*(255-a) + uint32(c.B)*a + 127) / 255)
	p[3] = 0xff
}
