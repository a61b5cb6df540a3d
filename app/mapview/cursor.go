package mapview

import (
	"image"
	"image/color"
	"sync"

	"fyne.io/fyne/v2/driver/desktop"
)

// moveCursor is the four-headed arrow a desktop GIS shows over what can be
// dragged to another place. Fyne's standard cursors have none, and it
// makes a cursor of any image. It is a pointer: Fyne compares cursors to
// see whether the cursor changed.
var moveCursor desktop.Cursor = &imageCursor{sync.OnceValue(moveArrows)}

// imageCursor is a cursor drawn by the app, its hot spot at the centre.
type imageCursor struct{ image func() *image.NRGBA }

func (c *imageCursor) Image() (image.Image, int, int) {
	img := c.image()
	return img, img.Rect.Dx() / 2, img.Rect.Dy() / 2
}

// moveArrows draws the move cursor: black arrows along the axes, their
// tips reach pixels from the centre, outlined in white so that they
// show on any map.
func moveArrows() *image.NRGBA {
	const reach = 9
	const size = 2*reach + 3
	inked := func(x, y int) bool {
		const c = reach + 1
		dx, dy := max(x-c, c-x), max(y-c, c-y)
		head := func(along, across int) bool { return along >= reach-4 && along <= reach && across <= reach-along }
		return dx == 0 && dy <= reach || dy == 0 && dx <= reach || head(dy, dx) || head(dx, dy)
	}
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for y := range size {
		for x := range size {
			switch {
			case inked(x, y):
				img.SetNRGBA(x, y, color.NRGBA{A: 0xff})
			case inked(x-1, y) || inked(x+1, y) || inked(x, y-1) || inked(x, y+1) ||
				inked(x-1, y-1) || inked(x+1, y+1) || inked(x-1, y+1) || inked(x+1, y-1):
				img.SetNRGBA(x, y, color.NRGBA{0xff, 0xff, 0xff, 0xff})
			}
		}
	}
	return img
}
