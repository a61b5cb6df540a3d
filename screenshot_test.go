package main

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/event"
)

// TestScreenshotShowsTheEvents is the smoke test of the window: it starts
// the real binary with --screenshot on the sample articles and checks that
// the picture is of the window with the events' markers on the map, not a
// blank or half-drawn window. It needs an X display; .ci/run provides one
// with Xvfb. With CHRONOMAP_SCREENSHOT set, the picture is kept there.
func TestScreenshotShowsTheEvents(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		t.Skip("no display: run under xvfb-run")
	}
	shot := os.Getenv("CHRONOMAP_SCREENSHOT")
	if shot == "" {
		shot = filepath.Join(t.TempDir(), "shot.png")
	}
	cmd := exec.Command(binary(t), "--screenshot", shot, "--size", "1200x800")
	// The light theme, whose basemap colours are checked below.
	cmd.Env = append(os.Environ(), "FYNE_THEME=light")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chronomap --screenshot: %v\n%s", err, out)
	}
	img := readPNG(t, shot)
	if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 800 {
		t.Errorf("the picture is %dx%d, want 1200x800", b.Dx(), b.Dy())
	}
	colours := colourCounts(img)
	if len(colours) < 100 {
		t.Errorf("only %d colours: a blank or half-drawn window", len(colours))
	}
	for c, n := range colours {
		if n > len(img.Pix)/4*9/10 {
			t.Errorf("%v covers %d of %d pixels: a blank window", c, n, len(img.Pix)/4)
		}
	}
	// The basemap is drawn: land, sea and borders. The first view frames
	// the bulk of the seeds' events, Karabakh, where the sea is the
	// Mingachevir reservoir and a few lakes, and borders are few.
	for _, layer := range []struct {
		name   string
		colour color.RGBA
		least  int
	}{
		{"land", render.LandColor, len(img.Pix) / 4 / 20},
		{"sea", render.SeaColor, len(img.Pix) / 4 / 400},
		{"borders", render.BorderColor, 10},
	} {
		if n := colours[layer.colour]; n < layer.least {
			t.Errorf("%d pixels in the colour of the %s, want at least %d: no basemap", n, layer.name, layer.least)
		}
	}
	// The seeds report attacks, clashes and talks: their markers show in
	// their types' colours.
	for _, typ := range []event.Type{event.Attack, event.Clash, event.Diplomacy} {
		if n := colours[typ.Info().Colour]; n < 10 {
			t.Errorf("%d pixels in the colour of %s markers: they are missing", n, typ)
		}
	}
}

// TestScreenshotFailsClearly checks that a picture that cannot be written
// makes the command fail with a message, without a window or a display.
func TestScreenshotFailsClearly(t *testing.T) {
	code, _, stderr := chronomap(t, "", "--screenshot", "shot.png", "no/such/article.txt")
	if code != 1 || stderr != "chronomap: no/such/article.txt: no such file or directory\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func readPNG(t *testing.T, path string) *image.RGBA {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	rgba := image.NewRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			rgba.Set(x, y, img.At(x, y))
		}
	}
	return rgba
}

func colourCounts(img *image.RGBA) map[color.RGBA]int {
	counts := map[color.RGBA]int{}
	for i := 0; i+3 < len(img.Pix); i += 4 {
		counts[color.RGBA{img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3]}]++
	}
	return counts
}
