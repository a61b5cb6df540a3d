package render

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// Golden images may differ from a frame by this much, so that a change of
// rounding in the font rasteriser or the compiler's floating point does not
// fail the test, while a moved, missing or recoloured marker does.
const (
	channelTolerance = 24    // per colour channel, out of 255
	pixelTolerance   = 0.002 // share of pixels beyond channelTolerance
)

// checkGolden compares img with testdata/name.png, or writes it there
// with -update.
func checkGolden(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if *update {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if want.Bounds() != img.Bounds() {
		t.Fatalf("frame is %v, golden %s is %v", img.Bounds(), path, want.Bounds())
	}
	differ := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if !similar(img.RGBAAt(x, y), want.At(x, y)) {
				differ++
			}
		}
	}
	if share := float64(differ) / float64(b.Dx()*b.Dy()); share > pixelTolerance {
		t.Errorf("%d pixels (%.2f%%) differ from %s; look at the frame drawn with -update and git diff", differ, 100*share, path)
	}
}

func similar(a color.RGBA, b color.Color) bool {
	br, bg, bb, ba := b.RGBA()
	near := func(x uint8, y uint32) bool {
		d := int(x) - int(y>>8)
		return d <= channelTolerance && d >= -channelTolerance
	}
	return near(a.R, br) && near(a.G, bg) && near(a.B, bb) && near(a.A, ba)
}
