package render

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// What differs between machines was found by drawing every golden frame on
// amd64 (as CI and the development machines do), on amd64 built with
// GOAMD64=v3, and on arm64 under qemu. Runs on one machine never differ,
// with or without -race. The Go fonts are rasterised in fixed point and
// the timeline in whole pixels: both are the same to the bit everywhere.
// What differs is where Go fuses x*y+z into one FMA instruction, which it
// does on arm64 and on amd64 from v3 on: the edges of markers drawn at
// scale 2 then round one level apart, and the basemap's anti-aliased
// coasts and borders, and the corners where a thick border turns, move
// by a few pixels here and there.
const (
	// channelTolerance is how many levels of 255 a colour channel may
	// differ by before its pixel counts as different: the markers' edges at
	// scale 2 differ by 1.
	channelTolerance = 2
	// tileSize is the side of the squares whose pixels that differ are
	// counted together, so that noise spread over a frame is told from a
	// change in one place.
	tileSize = 16
)

// A tolerance is how many pixels of a frame may differ from its golden
// image.
type tolerance struct {
	pixels  int // in the whole frame
	perTile int // in any tileSize×tileSize square
}

// exact is the tolerance of frames of markers, clusters, the legend and the
// timeline, which nothing but channelTolerance needs: one marker moved,
// recoloured or missing fails them.
var exact = tolerance{}

// basemapNoise is the tolerance of the basemap's frames, for the FMA noise
// above: at most 87 pixels in a frame (world-z1 on arm64) and 13 in a
// square (a border's corner in caucasus-z7-x2), doubled or so. One marker
// (133 pixels at scale 1) puts at least a quarter of its pixels in one
// square, and fails; a missing label or a moved line fails as well.
var basemapNoise = tolerance{pixels: 200, perTile: 24}

// checkGolden compares img with testdata/name.png within tol, or writes it
// there with -update.
func checkGolden(t *testing.T, name string, img *image.RGBA, tol tolerance) {
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
	want, err := readGolden(name)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if err := compareGolden(img, want, tol); err != nil {
		t.Errorf("%s: %v; look at the frame drawn with -update and git diff", path, err)
	}
}

// readGolden decodes testdata/name.png.
func readGolden(name string) (image.Image, error) {
	path := filepath.Join("testdata", name+".png")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}

// compareGolden says how img differs from want beyond tol, or returns nil.
func compareGolden(img *image.RGBA, want image.Image, tol tolerance) error {
	b := img.Bounds()
	if want.Bounds() != b {
		return fmt.Errorf("the frame is %v, the golden image %v", b, want.Bounds())
	}
	cols := (b.Dx() + tileSize - 1) / tileSize
	tiles := make([]int, cols*((b.Dy()+tileSize-1)/tileSize))
	differ := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if !similar(img, want, x, y) {
				differ++
				tiles[(y-b.Min.Y)/tileSize*cols+(x-b.Min.X)/tileSize]++
			}
		}
	}
	worst := 0
	for i, n := range tiles {
		if n > tiles[worst] {
			worst = i
		}
	}
	if differ > tol.pixels || tiles[worst] > tol.perTile {
		at := b.Min.Add(image.Pt(worst%cols, worst/cols).Mul(tileSize))
		return fmt.Errorf("%d pixels differ (%d may), %d of them in the %d×%d square at %v (%d may)",
			differ, tol.pixels, tiles[worst], tileSize, tileSize, at, tol.perTile)
	}
	return nil
}

// similar reports whether the pixels of img and want at (x, y) are within
// channelTolerance of each other in every channel.
func similar(img *image.RGBA, want image.Image, x, y int) bool {
	a := img.RGBAAt(x, y)
	br, bg, bb, ba := want.At(x, y).RGBA()
	near := func(x uint8, y uint32) bool {
		d := int(x) - int(y>>8)
		return d <= channelTolerance && d >= -channelTolerance
	}
	return near(a.R, br) && near(a.G, bg) && near(a.B, bb) && near(a.A, ba)
}
