package animation

import (
	"cmp"
	"image"
	"image/color"
	"slices"

	"github.com/chronomap/chronomap/data/event"
)

// A GIF frame after the first stores only what changed: its other pixels
// are of the transparent index, which shows the frame before through.
const (
	transparent = 255
	paletteSize = 256
)

// minColourDistance is how far apart (squared, in 8-bit RGB) two colours
// of the palette are at least, but for the event types' own: the most
// common colours of a map are its flat fills and their anti-aliased edges,
// and without it a few shades of one edge would take the slots that the
// rarer colours need.
const minColourDistance = 3 * 3 * 3

// palette is an animation's colours and the index of each colour of its
// reference figure, found once for all its frames.
type palette struct {
	colours color.Palette // paletteSize entries; transparent is the last
	rgb     []rgb         // colours as numbers, but transparent
	known   map[rgb]uint8 // the index of each colour of the reference
}

// rgb is an opaque colour, 0xRRGGBB.
type rgb uint32

func rgbAt(pix []uint8) rgb { return rgb(pix[0])<<16 | rgb(pix[1])<<8 | rgb(pix[2]) }

func (c rgb) colour() color.RGBA {
	return color.RGBA{uint8(c >> 16), uint8(c >> 8), uint8(c), 0xff}
}

// newPalette chooses the colours of an animation from ref, a figure of all
// its events at once, which holds its basemap, text, legend and markers:
// the event types' colours first, so that a marker is never off, then
// ref's colours from the most common on, each at least minColourDistance
// from those chosen. Frames are drawn with no dithering: a colour of a frame
// becomes the palette's nearest, the same in every frame.
func newPalette(ref *image.RGBA) *palette {
	counts := colourCounts(ref)
	common := make([]rgb, 0, len(counts))
	for c := range counts {
		common = append(common, c)
	}
	slices.SortFunc(common, func(a, b rgb) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b))
	})
	p := &palette{}
	for _, t := range event.Types {
		c := t.Colour
		p.add(rgb(c.R)<<16 | rgb(c.G)<<8 | rgb(c.B))
	}
	for _, c := range common {
		if len(p.rgb) == transparent {
			break
		}
		if _, d := p.nearest(c); d >= minColourDistance {
			p.add(c)
		}
	}
	p.colours = make(color.Palette, paletteSize)
	for i := range p.colours {
		p.colours[i] = color.RGBA{A: 0xff}
	}
	for i, c := range p.rgb {
		p.colours[i] = c.colour()
	}
	p.colours[transparent] = color.RGBA{}
	p.known = make(map[rgb]uint8, len(counts))
	for c := range counts {
		p.known[c], _ = p.nearest(c)
	}
	return p
}

// add appends c to the colours, unless it is there already.
func (p *palette) add(c rgb) {
	if !slices.Contains(p.rgb, c) {
		p.rgb = append(p.rgb, c)
	}
}

// colourCounts counts the pixels of each colour of img.
func colourCounts(img *image.RGBA) map[rgb]int {
	counts := map[rgb]int{}
	for y := img.Rect.Min.Y; y < img.Rect.Max.Y; y++ {
		row := img.Pix[img.PixOffset(img.Rect.Min.X, y):img.PixOffset(img.Rect.Max.X, y)]
		for i := 0; i < len(row); i += 4 {
			counts[rgbAt(row[i:])]++
		}
	}
	return counts
}

// nearest is the index of the colour nearest to c, and its squared
// distance; the first of equals, so that the choice never varies. With no
// colours it is index 0 at an infinite distance.
func (p *palette) nearest(c rgb) (index uint8, distance int) {
	distance = 1 << 30
	r, g, b := int(c>>16), int(c>>8&0xff), int(c&0xff)
	for i, q := range p.rgb {
		dr, dg, db := r-int(q>>16), g-int(q>>8&0xff), b-int(q&0xff)
		if d := dr*dr + dg*dg + db*db; d < distance {
			index, distance = uint8(i), d
		}
	}
	return index, distance
}

// indexed is img in the palette's colours, as the indices of a frame of
// its size. A frame is mostly runs of one colour and colours of the
// reference: a run is looked up once, and only a colour the reference did
// not have is searched for, once a frame.
func (p *palette) indexed(img *image.RGBA) []uint8 {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	dst := make([]uint8, w*h)
	unknown := map[rgb]uint8{}
	last, lastIndex := rgb(1<<24), uint8(0) // no colour is 1<<24
	for y := range h {
		row := img.Pix[img.PixOffset(img.Rect.Min.X, img.Rect.Min.Y+y):]
		for x := range w {
			c := rgbAt(row[4*x:])
			if c != last {
				last = c
				var ok bool
				if lastIndex, ok = p.known[c]; !ok {
					if lastIndex, ok = unknown[c]; !ok {
						lastIndex, _ = p.nearest(c)
						unknown[c] = lastIndex
					}
				}
			}
			dst[y*w+x] = lastIndex
		}
	}
	return dst
}
