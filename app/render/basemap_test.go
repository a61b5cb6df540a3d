package render

import (
	"image"
	"image/color"
	"testing"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
)

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
	// On a screen of two pixels per unit: the same map, sharper.
	{"caucasus-z7-x2", Viewport{Center: Mercator(orb.Point{46.0, 40.6}), Zoom: 7, Width: 600, Height: 400}.AtScale(2, 1200, 800)},
	{"karabakh-z10-x2", Viewport{Center: Mercator(orb.Point{46.75, 39.82}), Zoom: 10, Width: 800, Height: 600}.AtScale(2, 1600, 1200)},
}

func TestBasemapGolden(t *testing.T) {
	b := NewBasemap(defaultBasemap(t))
	for _, c := range basemapViews {
		t.Run(c.name, func(t *testing.T) {
			img := image.NewRGBA(image.Rect(0, 0, c.v.Width, c.v.Height))
			b.Draw(img, c.v)
			checkGolden(t, "basemap-"+c.name, img, basemapNoise)
		})
	}
}

func TestBasemapFillsTheWholeFrame(t *testing.T) {
	b := NewBasemap(defaultBasemap(t))
	views := []Viewport{
		{Center: orb.Point{}, Zoom: 0, Width: 400, Height: 300}, // the world is smaller than the frame
		{Center: Mercator(orb.Point{51, 41}), Zoom: 9, Width: 300, Height: 200},
		{Center: Mercator(orb.Point{46.75, 39.82}), Zoom: 15, Width: 300, Height: 200},
	}
	for _, v := range views {
		// A frame that is part of a larger image, as a widget may pass.
		whole := image.NewRGBA(image.Rect(0, 0, v.Width+50, v.Height+50))
		dst := whole.SubImage(image.Rect(50, 50, v.Width+50, v.Height+50)).(*image.RGBA)
		b.Draw(dst, v)
		for y := dst.Rect.Min.Y; y < dst.Rect.Max.Y; y++ {
			for x := dst.Rect.Min.X; x < dst.Rect.Max.X; x++ {
				if dst.RGBAAt(x, y).A != 0xff {
					t.Fatalf("zoom %v: pixel (%d, %d) is not painted", v.Zoom, x, y)
				}
			}
		}
		if whole.RGBAAt(10, 10).A != 0 {
			t.Errorf("zoom %v: Draw painted outside dst", v.Zoom)
		}
	}
	// A window not laid out yet has no pixels: nothing to draw, no panic.
	b.Draw(image.NewRGBA(image.Rectangle{}), Viewport{Zoom: 3})
}

func TestBasemapShowsTheRegion(t *testing.T) {
	b := NewBasemap(defaultBasemap(t))
	v := basemapViews[0].v
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	b.Draw(img, v)
	at := func(lon, lat float64) color.RGBA {
		x, y := v.ToPixel(Mercator(orb.Point{lon, lat}))
		return img.RGBAAt(int(x), int(y))
	}
	if c := at(50.6, 41.6); c != SeaColor {
		t.Errorf("the Caspian is %v, not the sea's colour", c)
	}
	if c := at(45.3, 40.35); c != SeaColor {
		t.Errorf("Lake Sevan is %v, not the water's colour", c)
	}
	if c := at(43.0, 39.0); c != LandColor {
		t.Errorf("eastern Turkey is %v, not the land's colour", c)
	}
	// Nagorno-Karabakh is hatched: a good part of the pixels around
	// Stepanakert have the hatch's colour in them.
	hatched := 0
	cx, cy := v.ToPixel(Mercator(orb.Point{46.6, 39.7}))
	for y := int(cy) - 10; y < int(cy)+10; y++ {
		for x := int(cx) - 10; x < int(cx)+10; x++ {
			if c := img.RGBAAt(x, y); c.R > c.B+20 && c != LandColor {
				hatched++
			}
		}
	}
	if hatched < 20 {
		t.Errorf("%d of 400 pixels around Stepanakert are hatched", hatched)
	}
}
