package animation

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"slices"
	"sync"
	"testing"

	"github.com/chronomap/chronomap/data/event"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// encode is the GIF of the options over the test events, decoded.
func encode(t *testing.T, o Options) *gif.GIF {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeGIF(context.Background(), &buf, testSource(testEvents(t)), o); err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestTheGIFHasAFrameForEachStep(t *testing.T) {
	for _, c := range []struct {
		name   string
		mode   tl.Mode
		speed  float64
		frames int
		delay  int
	}{
		{"by day, a frame a day", tl.OneDay, 2, 45, 50},
		{"by week, a frame a week and one for the 3 days left", tl.Week, 7, 7, 100},
		{"by month, a frame a month and one for the 15 days left", tl.Month, 30, 2, 100},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := validOptions(t)
			o.Mode, o.Speed = c.mode, c.speed
			g := encode(t, o)
			if len(g.Image) != c.frames || len(g.Delay) != c.frames {
				t.Fatalf("%d frames, %d delays; want %d", len(g.Image), len(g.Delay), c.frames)
			}
			want := slices.Repeat([]int{c.delay}, c.frames)
			want[c.frames-1] += endHold
			if !slices.Equal(g.Delay, want) {
				t.Errorf("delays %v, want %v", g.Delay, want)
			}
			if g.LoopCount != 0 || g.Config.Width != 640 || g.Config.Height != 360 {
				t.Errorf("loop count %d, size %d×%d; want 0 (for ever), 640×360", g.LoopCount, g.Config.Width, g.Config.Height)
			}
		})
	}
}

// Every frame takes its colours from the one global palette: none has a
// palette of its own, which would make colours shift between frames.
func TestTheFramesShareOnePalette(t *testing.T) {
	g := encode(t, validOptions(t))
	global, ok := g.Config.ColorModel.(color.Palette)
	if !ok || len(global) != paletteSize {
		t.Fatalf("the global palette is %T of %d colours, want %d", g.Config.ColorModel, len(global), paletteSize)
	}
	for k, m := range g.Image {
		for i, c := range m.Palette {
			if i != transparent && c != global[i] {
				t.Fatalf("frame %d's colour %d is %v, the global palette's %v", k, i, c, global[i])
			}
		}
	}
	// The types' colours are there as they are, so that markers keep them.
	for _, ty := range event.Types {
		if !slices.Contains(global, color.Color(ty.Colour)) {
			t.Errorf("%s's colour %v is not in the palette", ty.Label, ty.Colour)
		}
	}
}

func TestEachFrameShowsItsDays(t *testing.T) {
	var mu sync.Mutex
	captions := map[string]bool{}
	o := validOptions(t)
	o.Caption = func(v tl.Visible) string {
		mu.Lock()
		defer mu.Unlock()
		captions[dayCaption(v)] = true
		return dayCaption(v)
	}
	frames := composited(encode(t, o))
	heads := Playheads(o.Days, o.Mode)
	for k, p := range heads {
		if !captions[p.String()] {
			t.Errorf("no frame is captioned %s", p)
		}
		// The caption is all that changes from a day with no event to the
		// next one with none: the frames differ.
		if k > 0 && !hasEvent(p) && !hasEvent(heads[k-1]) && frames[k].Bounds() == frames[k-1].Bounds() &&
			bytes.Equal(frames[k].Pix, frames[k-1].Pix) {
			t.Errorf("frame %d (%s) is the frame before it: its caption did not change", k, p)
		}
	}
	// The attack of 11 October shows in that day's frame only: its red is
	// in the legend of every frame, and on the map in that one too.
	red := event.Attack.Info().Colour
	least := count(frames[0], red)
	for k, p := range heads {
		n := count(frames[k], red)
		if on := p.String() == "2020-10-11"; on != (n > least) {
			t.Errorf("frame %d (%s) has %d red pixels, the others %d: the attack shows %v, want %v", k, p, n, least, n > least, on)
		}
	}
}

// hasEvent says whether the test events show on day p, by day.
func hasEvent(p tl.Day) bool {
	s := p.String()
	return s == "2020-10-11" || s >= "2020-11-02" && s <= "2020-11-08"
}

// composited are the frames of g as a viewer shows them: each drawn over
// the ones before.
func composited(g *gif.GIF) []*image.RGBA {
	screen := image.NewRGBA(image.Rect(0, 0, g.Config.Width, g.Config.Height))
	frames := make([]*image.RGBA, len(g.Image))
	for k, m := range g.Image {
		draw.Draw(screen, m.Bounds(), m, m.Bounds().Min, draw.Over)
		frames[k] = image.NewRGBA(screen.Rect)
		copy(frames[k].Pix, screen.Pix)
	}
	return frames
}

// count is the number of pixels of img in colour c.
func count(img *image.RGBA, c color.RGBA) int {
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if img.Pix[i] == c.R && img.Pix[i+1] == c.G && img.Pix[i+2] == c.B {
			n++
		}
	}
	return n
}

func TestAFrameStoresWhatChanged(t *testing.T) {
	before := []uint8{
		1, 1, 1, 1,
		1, 1, 1, 1,
		1, 1, 1, 1,
	}
	for _, c := range []struct {
		name    string
		pixels  []uint8
		bounds  image.Rectangle
		opaque  int // pixels not transparent
		changed image.Rectangle
	}{
		{"a frame like the one before is a transparent pixel", before, image.Rect(0, 0, 1, 1), 0, image.Rectangle{}},
		{"one pixel changed is that pixel", []uint8{
			1, 1, 1, 1,
			1, 1, 2, 1,
			1, 1, 1, 1,
		}, image.Rect(2, 1, 3, 2), 1, image.Rect(2, 1, 3, 2)},
		{"two corners are the rectangle between, the rest transparent", []uint8{
			2, 1, 1, 1,
			1, 1, 1, 1,
			1, 1, 1, 3,
		}, image.Rect(0, 0, 4, 3), 2, image.Rect(0, 0, 4, 3)},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := changed(c.pixels, before, 4); got != c.changed {
				t.Errorf("changed %v, want %v", got, c.changed)
			}
			var buf bytes.Buffer
			pal := make(color.Palette, paletteSize)
			for i := range pal {
				pal[i] = color.Gray{uint8(i)}
			}
			writeGIFStart(&buf, image.Pt(4, 3), pal)
			buf.Write(gifFrame(before, nil, 4, 10))
			buf.Write(gifFrame(c.pixels, before, 4, 10))
			buf.WriteByte(gifTrailer)
			g, err := gif.DecodeAll(&buf)
			if err != nil {
				t.Fatal(err)
			}
			m := g.Image[1]
			opaque := 0
			for _, i := range m.Pix {
				if i != transparent {
					opaque++
				}
			}
			if m.Bounds() != c.bounds || opaque != c.opaque {
				t.Errorf("the frame is %v with %d pixels drawn, want %v with %d", m.Bounds(), opaque, c.bounds, c.opaque)
			}
		})
	}
}
