package render

import (
	"image"
	"image/draw"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

// TestSpritesComposeAsDrawOver checks sprites against image/draw, at the
// edges of the frame and beyond them too.
func TestSpritesComposeAsDrawOver(t *testing.T) {
	sprites := map[string]*sprite{
		"disc":   newSprite(drawStamp(stampKey{disc, event.Attack.Info().Colour, markerRadius, 1})),
		"ring":   newSprite(drawStamp(stampKey{ring, event.Clash.Info().Colour, markerRadius, 1})),
		"bubble": newSprite(drawStamp(stampKey{bubble, mixed, 17, 1})),
		"legend": legendSpriteOf(legendKey{withPlaces: true, toggle: true, scale: 1}).sprite,
	}
	frame := image.Rect(0, 0, 90, 60)
	for name, sp := range sprites {
		size := sp.img.Rect.Size()
		for _, at := range []image.Point{
			{10, 10}, {-size.X / 2, -size.Y / 2}, {80, 50}, {-3, 40}, {85, -2}, {-size.X, 0}, {90, 60},
		} {
			got, want := image.NewRGBA(frame), image.NewRGBA(frame)
			SeaBlue.Draw(got, Viewport{})
			SeaBlue.Draw(want, Viewport{})

			sp.drawAt(got, at)
			draw.Draw(want, sp.img.Rect.Add(at), sp.img, image.Point{}, draw.Over)
			for i := range got.Pix {
				if d := int(got.Pix[i]) - int(want.Pix[i]); d > 1 || d < -1 {
					t.Errorf("%s at %v: pixel %v differs from draw.Draw: %d, want %d",
						name, at, image.Pt(i/4%frame.Dx(), i/4/frame.Dx()), got.Pix[i], want.Pix[i])
					break
				}
			}
		}
	}
}
