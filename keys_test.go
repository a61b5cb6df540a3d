package main

import (
	"context"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/event"
)

// liveWindow is the real binary's window on the sample articles, under an
// X server: xdotool presses keys and clicks as a user does, and
// ImageMagick's import takes its picture. It needs a display, xdotool and
// import; .ci/run provides them.
type liveWindow struct {
	t     *testing.T
	ctx   context.Context
	id    string // the X window's
	dir   string // where the pictures go
	shots int
}

// startWindow starts the binary and waits for the events' markers to
// show, or skips the test where it cannot run.
func startWindow(t *testing.T) *liveWindow {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no display: run under xvfb-run")
	}
	for _, tool := range []string{"xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s: apt-get install xdotool imagemagick", tool)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	cmd := exec.CommandContext(ctx, binary(t))
	// The light theme, at a known scale: the pictures are read by colour.
	cmd.Env = append(os.Environ(), "FYNE_SCALE=1", "FYNE_THEME=light")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	out, err := exec.CommandContext(ctx, "xdotool", "search", "--sync", "--onlyvisible", "--name", "^Chronomap$").Output()
	if err != nil {
		t.Fatalf("the window did not show: %v", err)
	}
	w := &liveWindow{t: t, ctx: ctx, id: strings.Fields(string(out))[0], dir: t.TempDir()}
	w.run("xdotool", "windowfocus", "--sync", w.id)
	for deadline := time.Now().Add(45 * time.Second); w.onMap(event.NumTypes) == 0; {
		if time.Now().After(deadline) {
			t.Fatal("no event markers on the map within 45 s")
		}
		time.Sleep(time.Second)
	}
	return w
}

func (w *liveWindow) run(name string, args ...string) {
	w.t.Helper()
	if out, err := exec.CommandContext(w.ctx, name, args...).CombinedOutput(); err != nil {
		w.t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

// picture is the window as it shows now.
func (w *liveWindow) picture() *image.RGBA {
	w.shots++
	path := filepath.Join(w.dir, "shot"+strconv.Itoa(w.shots)+".png")
	w.run("import", "-window", w.id, path)
	return readPNG(w.t, path)
}

// mapPart is the map's part of a picture: left of the side panel and
// above the timeline.
func mapPart(img *image.RGBA) *image.RGBA {
	b := img.Bounds()
	return img.SubImage(image.Rect(0, 0, b.Dx()*6/10, b.Dy()*7/10)).(*image.RGBA)
}

// onMap counts the map's pixels in the colour of type typ, or of any type
// for event.NumTypes.
func (w *liveWindow) onMap(typ event.Type) int {
	n := 0
	for c, k := range colourCounts(mapPart(w.picture())) {
		for t := range event.NumTypes {
			if c == t.Info().Colour && (typ == event.NumTypes || t == typ) {
				n += k
			}
		}
	}
	return n
}

// keys presses keys, then gives the window a second to draw.
func (w *liveWindow) keys(names ...string) {
	w.run("xdotool", append([]string{"key", "--window", w.id, "--delay", "100"}, names...)...)
	time.Sleep(time.Second)
}

// click clicks at x, y of the window, then gives it a second to draw.
func (w *liveWindow) click(x, y int) {
	w.run("xdotool", "mousemove", "--window", w.id, strconv.Itoa(x), strconv.Itoa(y), "click", "1")
	time.Sleep(time.Second)
}

// TestKeysStepTheTimeline: Home jumps to the first event's day (a window
// in the 1990s), where the map shows other markers than at the start (on
// the last day, every event up to it); Page Down steps to the next day
// with an event, and the map changes again.
func TestKeysStepTheTimeline(t *testing.T) {
	w := startWindow(t)
	all := mapPart(w.picture())
	w.keys("Home")
	first := mapPart(w.picture())
	if d := differing(all, first); d < minChange {
		t.Errorf("after Home, %d pixels of the map changed: the playhead did not move to the first event", d)
	}
	w.keys("Next", "Next")
	later := mapPart(w.picture())
	if d := differing(first, later); d < minChange {
		t.Errorf("after Page Down twice, %d pixels of the map changed: the next events did not show", d)
	}
}

// TestUncheckingATypeTakesItOffTheMap: unticking Attack in the side panel
// takes the attacks' red off the map, all but the legend's swatch.
func TestUncheckingATypeTakesItOffTheMap(t *testing.T) {
	w := startWindow(t)
	img := w.picture()
	before := w.onMap(event.Attack)
	// The type's box is right of its swatch, the first dot of its colour
	// in the side panel's top rows.
	b := img.Bounds()
	x, y, found := 0, 0, false
	for py := 0; py < b.Dy()/4 && !found; py++ {
		for px := b.Dx() * 6 / 10; px < b.Dx() && !found; px++ {
			if img.RGBAAt(px, py) == event.Attack.Info().Colour {
				x, y, found = px, py, true
			}
		}
	}
	if !found {
		t.Fatal("no Attack swatch in the side panel")
	}
	w.click(x+40, y+4)
	after := w.onMap(event.Attack)
	t.Logf("attack red on the map: %d pixels before unticking Attack, %d after", before, after)
	if before-after < minChange/2 {
		t.Errorf("unticking Attack took %d pixels of its red off the map (%d before): its markers stay", before-after, before)
	}
}

// minChange is how many pixels of the map must change for a step of the
// timeline to count as seen: a marker's worth.
const minChange = 50

// differing counts the pixels in which a and b, of the same bounds, differ.
func differing(a, b *image.RGBA) int {
	n := 0
	r := a.Bounds().Intersect(b.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
			}
		}
	}
	return n
}
