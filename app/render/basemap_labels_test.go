package render

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/geo/basemap"
)

func TestLabelsAreLegibleAndApart(t *testing.T) {
	m := defaultBasemap(t)
	v := basemapViews[0].v
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	var l labeler
	shown := l.draw(img, m.Labels(v.Zoom, v.Bound()), v.Zoom, pixelsOf(v), 1, &lightPalette)
	for i, a := range l.placed {
		for _, b := range l.placed[i+1:] {
			if a.Overlaps(b) {
				t.Errorf("labels at %v and %v overlap", a, b)
			}
		}
	}
	want := map[string]bool{"Baku": false, "Yerevan": false, "Tbilisi": false, "Ganja": false, "Stepanakert": false, "Nagorno-Karabakh": false, "ARMENIA": false}
	for _, lab := range shown {
		text := lab.Text
		if lab.Kind == basemap.CountryLabel {
			text = strings.ToUpper(text)
		}
		if _, ok := want[text]; ok {
			want[text] = true
		}
	}
	for name, ok := range want {
		if !ok {
			t.Errorf("%s is not labelled in the South Caucasus at zoom %v", name, v.Zoom)
		}
	}
}

func TestSpriteHasAHaloAroundItsInk(t *testing.T) {
	ink, halo := color.RGBA{0x20, 0x20, 0x20, 0xff}, color.RGBA{0xff, 0xff, 0xff, 0xff}
	sp := renderSprite(spriteKey{text: "Ganja", size: 13, ink: ink, halo: halo, spread: 1})
	var dark, light int
	for i := 0; i < len(sp.img.Pix); i += 4 {
		// Premultiplied: a pixel's lightness is its red over its alpha.
		r, a := int(sp.img.Pix[i]), int(sp.img.Pix[i+3])
		switch {
		case a > 0x80 && r*255 < 0x60*a:
			dark++
		case a > 0x80 && r*255 > 0xc0*a:
			light++
		}
	}
	if dark < 20 || light < dark {
		t.Errorf("%d dark and %d halo pixels: want the text with a wider halo round it", dark, light)
	}
	// Its corners are clear: the sprite is padded.
	if sp.img.Pix[3] != 0 {
		t.Errorf("the sprite's corner is not clear")
	}
}
