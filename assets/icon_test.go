package assets

import (
	"bytes"
	"image/png"
	"testing"
)

func TestIconIsASquarePNG(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(IconPNG))
	if err != nil {
		t.Fatalf("icon.png: %v", err)
	}
	// Desktop environments and `fyne package` want a square icon of at
	// least 256 pixels a side.
	if b := img.Bounds(); b.Dx() != 256 || b.Dy() != 256 {
		t.Errorf("icon.png is %dx%d, want 256x256", b.Dx(), b.Dy())
	}
}
