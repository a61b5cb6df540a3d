package render

import (
	"image"
	"math"
)

// sprite is a small pre-drawn image to compose over frames: a marker, a
// label, the legend. The fully opaque run of each row is found once, so
// that composing copies it and blends only the pixels around it.
type sprite struct {
	img  *image.RGBA // with its corner at the origin
	rows []span
}

// span is the part of a sprite's row to compose, [start, end), and the
// longest fully opaque run within it, [opaqueStart, opaqueEnd).
type span struct{ start, opaqueStart, opaqueEnd, end int }

func newSprite(img *image.RGBA) *sprite {
	s := &sprite{img: img, rows: make([]span, img.Rect.Dy())}
	w := img.Rect.Dx()
	for y := range s.rows {
		alpha := func(x int) uint8 { return img.Pix[y*img.Stride+4*x+3] }
		r := span{start: w, end: 0}
		for x := 0; x < w; x++ {
			if alpha(x) != 0 {
				r.start, r.end = min(r.start, x), x+1
			}
		}
		for x := r.start; x < r.end; {
			if alpha(x) != 0xff {
				x++
				continue
			}
			run := x
			for x < r.end && alpha(x) == 0xff {
				x++
			}
			if x-run > r.opaqueEnd-r.opaqueStart {
				r.opaqueStart, r.opaqueEnd = run, x
			}
		}
		if r.opaqueEnd == 0 {
			r.opaqueStart, r.opaqueEnd = r.end, r.end
		}
		s.rows[y] = r
	}
	return s
}

// drawCentred composes s over dst with its centre at (x, y), rounded to the
// pixel so that markers stay sharp.
func (s *sprite) drawCentred(dst *image.RGBA, x, y float64) {
	size := s.img.Rect.Size()
	s.drawAt(dst, image.Pt(int(math.Round(x))-size.X/2, int(math.Round(y))-size.Y/2))
}

// drawAt composes s over dst with its corner at `at`, clipped to dst. It
// does what draw.Draw with draw.Over does, several times faster.
func (s *sprite) drawAt(dst *image.RGBA, at image.Point) {
	b := dst.Rect
	for y, r := range s.rows {
		dy := at.Y + y
		if dy < b.Min.Y || dy >= b.Max.Y || r.start >= r.end {
			continue
		}
		// The row's columns, clipped to dst.
		lo, hi := max(r.start, b.Min.X-at.X), min(r.end, b.Max.X-at.X)
		if lo >= hi {
			continue
		}
		// d and src start at column lo; so do the run's bounds.
		d := dst.Pix[dst.PixOffset(at.X+lo, dy):]
		src := s.img.Pix[y*s.img.Stride+4*lo:]
		oLo, oHi := max(lo, min(r.opaqueStart, hi))-lo, max(lo, min(r.opaqueEnd, hi))-lo
		n := hi - lo
		blendRun(d[:4*oLo], src[:4*oLo])
		copy(d[4*oLo:4*oHi], src[4*oLo:4*oHi])
		blendRun(d[4*oHi:4*n], src[4*oHi:4*n])
	}
}

// blendRun composes the premultiplied pixels of src over those of d.
func blendRun(d, src []uint8) {
	for i := 0; i+3 < len(src); i += 4 {
		switch a := uint32(src[i+3]); a {
		case 0:
		case 0xff:
			d[i], d[i+1], d[i+2], d[i+3] = src[i], src[i+1], src[i+2], 0xff
		default:
			k := 255 - a
			d[i] = src[i] + div255(uint32(d[i])*k)
			d[i+1] = src[i+1] + div255(uint32(d[i+1])*k)
			d[i+2] = src[i+2] + div255(uint32(d[i+2])*k)
			d[i+3] = src[i+3] + div255(uint32(d[i+3])*k)
		}
	}
}

// div255 is x/255 rounded, for x up to 255·255.
func div255(x uint32) uint8 { return uint8((x + 128 + (x+128)>>8) >> 8) }
