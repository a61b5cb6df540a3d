package render

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// defaultBasemap is the embedded map; the tests fail if it does not load.
func defaultBasemap(t testing.TB) *basemap.Map {
	t.Helper()
	m, err := basemap.Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// basemapViews are the views the golden images and benchmarks show.
var basemapViews = []struct {
	name string
	v    Viewport
}{
	{"caucasus-z7", Viewport{Center: Mercator(orb.Point{46.0, 40.6}), Zoom: 7, Width: 1200, Height: 800}},
	{"world-z1", Viewport{Center: Mercator(orb.Point{15, 20}), Zoom: 1, Width: 640, Height: 440}},
	{"karabakh-z10", Viewport{Center: Mercator(orb.Point{46.75, 39.82}), Zoom: 10, Width: 800, Height: 600}},
}

func TestBasemapGolden(t *testing.T) {
	b := NewBasemap(defaultBasemap(t))
	for _, c := range basemapViews {
		t.Run(c.name, func(t *testing.T) {
			img := image.NewRGBA(image.Rect(0, 0, c.v.Width, c.v.Height))
			b.Draw(img, c.v)
			checkGolden(t, filepath.Join("testdata", "basemap-"+c.name+".png"), img)
		})
	}
}

// checkGolden compares img with the golden PNG at path, or rewrites it
// with -update. Pixels may differ by a little (anti-aliasing and rounding
// change with the platform's floating point); only a few may differ more.
func checkGolden(t *testing.T, path string, img *image.RGBA) {
	t.Helper()
	if *update {
		if err := writePNG(path, img); err != nil {
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
		t.Fatalf("%s is %v, the frame %v", path, want.Bounds(), img.Bounds())
	}
	const tolerance = 24 // per channel, out of 255
	differ := 0
	for y := img.Rect.Min.Y; y < img.Rect.Max.Y; y++ {
		for x := img.Rect.Min.X; x < img.Rect.Max.X; x++ {
			r0, g0, b0, _ := want.At(x, y).RGBA()
			c := img.RGBAAt(x, y)
			if absDiff(r0>>8, c.R) > tolerance || absDiff(g0>>8, c.G) > tolerance || absDiff(b0>>8, c.B) > tolerance {
				differ++
			}
		}
	}
	if limit := img.Rect.Dx() * img.Rect.Dy() / 200; differ > limit {
		got := filepath.Join(os.TempDir(), "chronomap-got-"+filepath.Base(path)) // kept, to look at
		_ = writePNG(got, img)
		t.Errorf("%d pixels differ from %s (at most %d may): the frame is in %s", differ, path, limit, got)
	}
}

func absDiff(a uint32, b uint8) uint32 {
	if a > uint32(b) {
		return a - uint32(b)
	}
	return uint32(b) - a
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
