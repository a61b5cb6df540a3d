package animation

import (
	"image"
	"image/color"
	"slices"
	"testing"
)

func TestPaletteIndexing(t *testing.T) {
	ref := image.NewRGBA(image.Rect(0, 0, 40, 10))
	sea, land := color.RGBA{0xcb, 0xdc, 0xe6, 0xff}, color.RGBA{0xf3, 0xf0, 0xe9, 0xff}
	for i := 0; i < len(ref.Pix); i += 4 {
		c := sea
		if i/4%40 >= 30 {
			c = land
		}
		ref.Pix[i], ref.Pix[i+1], ref.Pix[i+2], ref.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	p := newPalette(ref)
	frame := image.NewRGBA(image.Rect(0, 0, 4, 1))
	for _, c := range []struct {
		name   string
		colour color.RGBA
		want   color.RGBA
	}{
		{"a colour of the reference is itself", land, land},
		{"a colour near one of the palette is that one", color.RGBA{0xcc, 0xdd, 0xe5, 0xff}, sea},
		{"a colour far from all is the nearest", color.RGBA{0xff, 0xff, 0xff, 0xff}, land},
	} {
		t.Run(c.name, func(t *testing.T) {
			for x := range 4 {
				frame.SetRGBA(x, 0, c.colour)
			}
			for x, i := range p.indexed(frame) {
				if i == transparent || p.colours[i] != c.want {
					t.Errorf("pixel %d is colour %d, %v; want %v", x, i, p.colours[i], c.want)
				}
			}
		})
	}
	if p.colours[transparent] != (color.RGBA{}) {
		t.Errorf("the transparent colour is %v", p.colours[transparent])
	}
}

// A shade of a colour chosen takes no slot of its own: the slots go to
// colours that differ.
func TestPaletteSkipsNearShades(t *testing.T) {
	ref := image.NewRGBA(image.Rect(0, 0, 3, 1))
	ref.SetRGBA(0, 0, color.RGBA{100, 100, 100, 255})
	ref.SetRGBA(1, 0, color.RGBA{101, 100, 100, 255})
	ref.SetRGBA(2, 0, color.RGBA{200, 100, 100, 255})
	p := newPalette(ref)
	grey, shade, other := rgb(100<<16|100<<8|100), rgb(101<<16|100<<8|100), rgb(200<<16|100<<8|100)
	if !slices.Contains(p.rgb, grey) || slices.Contains(p.rgb, shade) || !slices.Contains(p.rgb, other) {
		t.Errorf("palette %x: want the grey and the red, not the grey's shade", p.rgb)
	}
}
