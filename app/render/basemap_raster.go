package render

import "math"

// raster turns closed polygons into a coverage mask with the non-zero
// rule, anti-aliased by the exact area each edge leaves to its right in
// each pixel. It keeps, per pixel, the change of coverage from the pixel
// on its left, and sums each row into the mask at the end.
//
// It replaces golang.org/x/image/vector for the basemap: that package's
// floating-point accumulation (which it uses for images over 512 pixels)
// sets the MXCSR register twice every four pixels, and ran from 1 to 15 ms
// a frame depending only on where the linker happened to put it. Here
// rows are summed in blocks, and a block no edge touched is filled with
// the row's running coverage at once: most of a map frame is such blocks.
type raster struct {
	w, h  int
	delta []float32 // w×h changes of coverage, zero again after mask
	dirty []bool    // per row, per block of blockSize pixels: an edge touched it
}

const blockSize = 16

func (r *raster) blocks() int { return (r.w + blockSize - 1) / blockSize }

// reset makes the raster w×h pixels, and empty.
func (r *raster) reset(w, h int) {
	r.w, r.h = w, h
	if n := w * h; cap(r.delta) < n {
		r.delta = make([]float32, n)
	} else {
		r.delta = r.delta[:n] // mask left it zero
	}
	if n := h * r.blocks(); cap(r.dirty) < n {
		r.dirty = make([]bool, n)
	} else {
		r.dirty = r.dirty[:n]
	}
}

// line adds the edge from (x0, y0) to (x1, y1), in pixels, y down; its
// direction tells whether it winds up or down.
func (r *raster) line(x0, y0, x1, y1 float64) {
	if y0 == y1 {
		return
	}
	dir := 1.0
	if y0 > y1 {
		dir, x0, y0, x1, y1 = -1, x1, y1, x0, y0
	}
	// Above, below or right of the raster, an edge changes nothing in it.
	if y1 <= 0 || y0 >= float64(r.h) || min(x0, x1) >= float64(r.w) {
		return
	}
	dxdy := (x1 - x0) / (y1 - y0)
	first, last := max(0, int(math.Floor(y0))), min(r.h-1, int(math.Ceil(y1))-1)
	for y := first; y <= last; y++ {
		top, bottom := max(y0, float64(y)), min(y1, float64(y+1))
		r.span(y, x0+(top-y0)*dxdy, x0+(bottom-y0)*dxdy, dir*(bottom-top))
	}
}

// span adds the part of an edge within row y: it goes from xa at the top
// of its part to xb at the bottom, over d of the row's height (negative
// when it winds up). A pixel right of it gains d of coverage; a pixel it
// crosses gains d times the part of the pixel right of it.
func (r *raster) span(y int, xa, xb, d float64) {
	xl, xr := min(xa, xb), max(xa, xb)
	// right(X) is the area right of the edge and left of X, over d: the
	// integral up to X of the share of the edge's height left of X.
	right := func(X float64) float64 {
		switch {
		case X <= xl:
			return 0
		case X >= xr:
			return (xr-xl)/2 + X - xr
		}
		return (X - xl) * (X - xl) / (2 * (xr - xl))
	}
	row := r.delta[y*r.w : (y+1)*r.w]
	dirty := r.dirty[y*r.blocks() : (y+1)*r.blocks()]
	add := func(i int, v float64) {
		i = max(0, i) // what is left of the raster counts at its left edge
		if i < r.w {
			row[i] += float32(v)
			dirty[i/blockSize] = true
		}
	}
	prev := 0.0 // the coverage the edge gives the pixel before
	i0, i1 := int(math.Floor(xl)), int(math.Floor(xr))
	if i1 >= r.w {
		i1 = r.w - 1
	}
	for i := i0; i <= i1; i++ {
		if i < -1 { // far left of the raster: only the total matters
			i = -1
			prev = d * (right(0) - right(-1))
			add(0, prev)
			continue
		}
		c := d * (right(float64(i+1)) - right(float64(i)))
		add(i, c-prev)
		prev = c
	}
	add(i1+1, d-prev)
}

// mask sums the raster into pix, w×h bytes of coverage, and leaves the
// raster empty.
func (r *raster) mask(pix []uint8) {
	for y := range r.h {
		row := r.delta[y*r.w : (y+1)*r.w]
		out := pix[y*r.w : (y+1)*r.w]
		dirty := r.dirty[y*r.blocks() : (y+1)*r.blocks()]
		sum := float32(0)
		for b := range dirty {
			start, end := b*blockSize, min(r.w, (b+1)*blockSize)
			if !dirty[b] {
				v := coverage(sum)
				for i := start; i < end; i++ {
					out[i] = v
				}
				continue
			}
			dirty[b] = false
			for i := start; i < end; i++ {
				sum += row[i]
				row[i] = 0
				out[i] = coverage(sum)
			}
		}
	}
}

// coverage is a winding sum as a mask byte: non-zero, clamped to full.
func coverage(sum float32) uint8 {
	if sum < 0 {
		sum = -sum
	}
	if sum >= 1 {
		return 0xff
	}
	return uint8(sum*255 + 0.5)
}
