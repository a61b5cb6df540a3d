package animation

import (
	"bytes"
	"compress/lzw"
	"encoding/binary"
	"image"
	"image/color"
	"io"
)

// The standard library's image/gif encodes a whole animation held in
// memory; the animation is written a frame at a time instead, each frame
// compressed on the core that drew it (gifFrame) and written in order
// (writeGIFStart, then the frames, then gifTrailer), in the format of
// GIF89a.

const gifTrailer = 0x3b

// writeGIFStart writes the start of an animated GIF of frames of size
// pixels in the colours of pal, which has paletteSize entries: the header,
// the screen, the palette and the NETSCAPE2.0 block that loops it for ever.
func writeGIFStart(w io.Writer, size image.Point, pal color.Palette) error {
	b := make([]byte, 0, 13+3*paletteSize+19)
	b = append(b, "GIF89a"...)
	b = binary.LittleEndian.AppendUint16(b, uint16(size.X))
	b = binary.LittleEndian.AppendUint16(b, uint16(size.Y))
	// A global colour table of 2^(7+1) entries, 8 bits a channel; the
	// background is index 0; square pixels.
	b = append(b, 0x80|0x70|0x07, 0, 0)
	for _, c := range pal {
		r, g, bl, _ := c.RGBA()
		b = append(b, uint8(r>>8), uint8(g>>8), uint8(bl>>8))
	}
	b = append(b, 0x21, 0xff, 11)
	b = append(b, "NETSCAPE2.0"...)
	b = append(b, 3, 1, 0, 0, 0) // loop count 0: for ever
	_, err := w.Write(b)
	return err
}

// gifFrame is frame pix (the palette's indices, width w) ready to write,
// shown for delay hundredths of a second. After the first frame, prev is
// the frame before: only the rectangle that changed is stored, and in it
// the pixels that did not change are transparent, which LZW compresses to
// almost nothing. A frame that changed nothing is one transparent pixel,
// so that every frame is still there, with its delay.
func gifFrame(pix, prev []uint8, w int, delay int) []byte {
	h := len(pix) / w
	r := image.Rect(0, 0, w, h)
	if prev != nil {
		r = changed(pix, prev, w)
	}
	var out bytes.Buffer
	flags := byte(1 << 2) // disposal: leave the frame for the next to draw over
	if prev != nil {
		flags |= 1 // transparent index set
	}
	out.Write([]byte{0x21, 0xf9, 4, flags})
	binary.Write(&out, binary.LittleEndian, uint16(delay))
	out.Write([]byte{transparent, 0, 0x2c})
	for _, v := range []int{r.Min.X, r.Min.Y, max(1, r.Dx()), max(1, r.Dy())} {
		binary.Write(&out, binary.LittleEndian, uint16(v))
	}
	out.Write([]byte{0, 8}) // no local palette; 8-bit codes
	blocks := &blockWriter{out: &out}
	z := lzw.NewWriter(blocks, lzw.LSB, 8)
	if r.Empty() {
		z.Write([]byte{transparent})
	}
	row := make([]uint8, r.Dx())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		cur := pix[y*w+r.Min.X : y*w+r.Max.X]
		if prev == nil {
			z.Write(cur)
			continue
		}
		before := prev[y*w+r.Min.X : y*w+r.Max.X]
		for x := range row {
			row[x] = cur[x]
			if cur[x] == before[x] {
				row[x] = transparent
			}
		}
		z.Write(row)
	}
	z.Close()
	blocks.flush()
	out.WriteByte(0) // the end of the blocks
	return out.Bytes()
}

// changed is the smallest rectangle that holds every pixel of pix that
// differs from prev; empty when none does.
func changed(pix, prev []uint8, w int) image.Rectangle {
	h := len(pix) / w
	r := image.Rectangle{Min: image.Pt(w, h)}
	for y := range h {
		cur, before := pix[y*w:(y+1)*w], prev[y*w:(y+1)*w]
		if bytes.Equal(cur, before) {
			continue
		}
		first := 0
		for cur[first] == before[first] {
			first++
		}
		last := w - 1
		for cur[last] == before[last] {
			last--
		}
		r.Min.X, r.Max.X = min(r.Min.X, first), max(r.Max.X, last+1)
		r.Min.Y, r.Max.Y = min(r.Min.Y, y), y+1
	}
	if r.Max.X <= r.Min.X {
		return image.Rectangle{}
	}
	return r
}

// blockWriter cuts what LZW writes into GIF's data blocks, of at most 255
// bytes each behind their length.
type blockWriter struct {
	out *bytes.Buffer
	buf [255]byte
	n   int
}

func (b *blockWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := copy(b.buf[b.n:], p)
		b.n += k
		p = p[k:]
		if b.n == len(b.buf) {
			b.flush()
		}
	}
	return n, nil
}

func (b *blockWriter) flush() {
	if b.n > 0 {
		b.out.WriteByte(byte(b.n))
		b.out.Write(b.buf[:b.n])
		b.n = 0
	}
}
