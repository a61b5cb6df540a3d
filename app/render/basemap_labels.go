package render

import (
	"image"
	"image/color"
	"math"
	"strings"

	"github.com/chronomap/chronomap/geo/basemap"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// labeler places the map's labels, the most important first, skipping
// those that would overlap one already placed, and keeps each label's text
// rendered so that a frame only copies it. Its zero value is ready to use.
type labeler struct {
	sprites map[spriteKey]*labelSprite
	placed  []image.Rectangle
	named   map[nameKey]bool // the names drawn this frame
}

// nameKey is a name of a kind: a country's name repeated across it is
// drawn once a frame.
type nameKey struct {
	kind basemap.LabelKind
	text string
}

// spriteKey names a rendered text: its content and look, and how many
// pixels its halo reaches beyond the glyphs.
type spriteKey struct {
	text      string
	size      int
	bold      bool
	ink, halo color.RGBA
	spread    int
}

// labelSprite is a text rendered once, in its colour over a halo spread
// pixels wider around the glyphs, premultiplied; the baseline starts at
// (pad, ascent+pad), pad being a pixel more than the spread.
type labelSprite struct {
	img    *image.RGBA
	ascent int
	pad    int
}

// maxSprites bounds the cache of rendered texts: past it, it starts anew.
const maxSprites = 4096

// labelLook is how a kind of label is drawn at a zoom, in units.
type labelLook struct {
	size    int
	bold    bool
	upper   bool
	text    color.RGBA
	halo    color.RGBA
	mark    func(dst *image.RGBA, x, y, s float64) // at s pixels per unit
	markR   float64                                // how far the mark reaches from the point
	centred bool                                   // the text is centred on the point, with no mark
}

// lookOf is how a kind of label is drawn at a zoom, in the colours of p.
func lookOf(k basemap.LabelKind, zoom float64, p *palette) labelLook {
	switch k {
	case basemap.CountryLabel:
		size := int(min(16, max(11, 9+zoom)))
		return labelLook{size: size, bold: true, upper: true, text: p.countryText, halo: p.labelHalo, centred: true}
	case basemap.CapitalLabel:
		return labelLook{size: 14, bold: true, text: p.capitalText, halo: p.labelHalo, mark: p.markCapital, markR: 4}
	case basemap.CityLabel:
		size := 12
		if zoom >= 6 {
			size = 13
		}
		return labelLook{size: size, text: p.cityText, halo: p.labelHalo, mark: p.markCity, markR: 3}
	case basemap.SeaLabel:
		return labelLook{size: 12, text: p.seaText, halo: p.seaLabelHalo, centred: true}
	case basemap.DisputedLabel:
		return labelLook{size: 12, bold: true, text: p.disputedText, halo: p.labelHalo, centred: true}
	case basemap.PhysicalLabel:
		return labelLook{size: 11, upper: true, text: p.physicalText, halo: p.labelHalo, centred: true}
	}
	return labelLook{size: 11, text: p.peakText, halo: p.labelHalo, mark: p.markPeak, markR: 4}
}

func (p *palette) markCity(dst *image.RGBA, x, y, s float64) { dot(dst, x, y, 2.4*s, p.cityDot) }

func (p *palette) markCapital(dst *image.RGBA, x, y, s float64) {
	dot(dst, x, y, 4*s, p.capitalText)
	dot(dst, x, y, 2*s, p.capitalRingIn)
}

func (p *palette) markPeak(dst *image.RGBA, x, y, s float64) { triangle(dst, x, y, 4*s, p.peakMark) }

// draw places and draws the labels, given the most important first, at a
// zoom in units and s pixels per unit in the colours of p, and returns
// those it drew.
func (l *labeler) draw(dst *image.RGBA, labels []*basemap.Label, zoom float64, t toPixels, s float64, p *palette) []*basemap.Label {
	l.placed = l.placed[:0]
	if l.named == nil {
		l.named, l.sprites = map[nameKey]bool{}, map[spriteKey]*labelSprite{}
	}
	clear(l.named)
	var shown []*basemap.Label
	view := dst.Rect
	unit := scaled(1, s)
	for _, lab := range labels {
		name := nameKey{lab.Kind, lab.Text}
		if l.named[name] {
			continue
		}
		look := lookOf(lab.Kind, zoom, p)
		text := lab.Text
		if look.upper {
			text = strings.ToUpper(text)
		}
		sp := l.sprite(spriteKey{text, scaled(look.size, s), look.bold, look.text, look.halo, unit})
		x, y := t.at(lab.Point)
		w, h := sp.img.Rect.Dx(), sp.img.Rect.Dy()
		var mark image.Rectangle
		if look.mark != nil {
			r := int(math.Ceil(look.markR * s))
			mark = image.Rect(int(x)-r, int(y)-r, int(x)+r+1, int(y)+r+1)
			if !mark.In(view) || !l.free(mark) {
				continue
			}
		}
		// Where the text may go: centred on the point, or beside its mark,
		// right, left, above or below.
		var spots []image.Point
		if look.centred {
			// Or a line above or below, if a capital is in the way.
			spots = []image.Point{{int(x) - w/2, int(y) - h/2}, {int(x) - w/2, int(y) - h/2 - h}, {int(x) - w/2, int(y) + h/2}}
		} else {
			// The box kept clear is the text's, inset by in: it starts a
			// unit from the mark.
			in := sp.pad - 1
			mid := int(y) - sp.ascent/2 - sp.pad - unit
			spots = []image.Point{
				{mark.Max.X + unit - in, mid}, {mark.Min.X - unit - w + in, mid},
				{int(x) - w/2, mark.Min.Y - h + in}, {int(x) - w/2, mark.Max.Y - in},
			}
		}
		for _, at := range spots {
			box := image.Rectangle{Min: at, Max: at.Add(image.Pt(w, h))}
			if !box.In(view) || !l.free(box) {
				continue
			}
			if look.mark != nil {
				look.mark(dst, x, y, s)
				l.placed = append(l.placed, mark)
			}
			blit(dst, box.Min, sp.img)
			l.placed = append(l.placed, box.Inset(sp.pad-1))
			l.named[name] = true
			shown = append(shown, lab)
			break
		}
	}
	return shown
}

// free reports whether a box overlaps no placed label.
func (l *labeler) free(box image.Rectangle) bool {
	for _, p := range l.placed {
		if p.Overlaps(box) {
			return false
		}
	}
	return true
}

// sprite returns a text rendered in the Go font, from the cache.
func (l *labeler) sprite(k spriteKey) *labelSprite {
	if s, ok := l.sprites[k]; ok {
		return s
	}
	if len(l.sprites) >= maxSprites {
		clear(l.sprites)
	}
	s := renderSprite(k)
	l.sprites[k] = s
	return s
}

func renderSprite(k spriteKey) *labelSprite {
	facesMu.Lock()
	f := face(float64(k.size), k.bold)
	m := f.Metrics()
	ascent, descent := m.Ascent.Ceil(), m.Descent.Ceil()
	width := font.MeasureString(f, k.text).Ceil()
	pad := k.spread + 1
	r := image.Rect(0, 0, width+2*pad, ascent+descent+2*pad)
	glyphs := image.NewAlpha(r)
	d := font.Drawer{Dst: glyphs, Src: image.Opaque, Face: f, Dot: fixed.P(pad, pad+ascent)}
	d.DrawString(k.text)
	facesMu.Unlock()

	halo := glyphs
	for range k.spread {
		halo = dilate(halo)
	}
	img := image.NewRGBA(r)
	for i, g := range glyphs.Pix {
		// The ink over the halo, premultiplied.
		ga, ha := uint32(g), uint32(halo.Pix[i])*uint32(k.halo.A)/255
		over := func(ink, h uint8) uint8 { return uint8((uint32(ink)*ga + uint32(h)*ha*(255-ga)/255) / 255) }
		img.Pix[4*i+0] = over(k.ink.R, k.halo.R)
		img.Pix[4*i+1] = over(k.ink.G, k.halo.G)
		img.Pix[4*i+2] = over(k.ink.B, k.halo.B)
		img.Pix[4*i+3] = uint8((ga*255 + ha*(255-ga)) / 255)
	}
	return &labelSprite{img: img, ascent: ascent, pad: pad}
}

// blit draws a premultiplied image over the opaque dst with its corner at
// at; most of a label's pixels are clear and skipped.
func blit(dst *image.RGBA, at image.Point, src *image.RGBA) {
	r := src.Rect.Add(at).Intersect(dst.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		s := src.Pix[src.PixOffset(r.Min.X-at.X, y-at.Y):]
		d := dst.Pix[dst.PixOffset(r.Min.X, y):]
		for i := 0; i < 4*r.Dx(); i += 4 {
			switch a := uint32(s[i+3]); a {
			case 0:
			case 0xff:
				d[i], d[i+1], d[i+2] = s[i], s[i+1], s[i+2]
			default:
				d[i] = uint8(uint32(s[i]) + (uint32(d[i])*(255-a)+127)/255)
				d[i+1] = uint8(uint32(s[i+1]) + (uint32(d[i+1])*(255-a)+127)/255)
				d[i+2] = uint8(uint32(s[i+2]) + (uint32(d[i+2])*(255-a)+127)/255)
			}
		}
	}
}

// dilate returns a mask where each pixel is the largest of its 3×3
// neighbourhood in m: the glyphs grown by a pixel all round.
func dilate(m *image.Alpha) *image.Alpha {
	out := image.NewAlpha(m.Rect)
	w, h := m.Rect.Dx(), m.Rect.Dy()
	for y := range h {
		for x := range w {
			var v uint8
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if xx, yy := x+dx, y+dy; xx >= 0 && yy >= 0 && xx < w && yy < h {
						v = max(v, m.Pix[yy*m.Stride+xx])
					}
				}
			}
			out.Pix[y*out.Stride+x] = v
		}
	}
	return out
}
