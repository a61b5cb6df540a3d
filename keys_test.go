package main

import (
	"context"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/event"
)

// TestKeysStepTheTimeline is the smoke test of the running window: the real
// binary opens the sample articles under an X server, xdotool presses keys
// as a user does, and ImageMagick's import takes pictures of the window.
// Home jumps to the first event's day (a window in the 1990s), where the
// map shows other markers than at the start (on the last day, every event
// up to it); Page Down steps to the next day with an event, and the map
// changes again. It needs a display, xdotool and import; .ci/run provides
// them.
func TestKeysStepTheTimeline(t *testing.T) {
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
	defer cancel()
	cmd := exec.CommandContext(ctx, binary(t))
	cmd.Env = append(os.Environ(), "FYNE_SCALE=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()

	out, err := exec.CommandContext(ctx, "xdotool", "search", "--sync", "--onlyvisible", "--name", "^Chronomap$").Output()
	if err != nil {
		t.Fatalf("the window did not show: %v", err)
	}
	window := strings.Fields(string(out))[0]
	dir := t.TempDir()
	shots := 0
	// onMap is the picture of the map, left of the side panel and above
	// the timeline, and how many of its pixels are in event colours.
	onMap := func() (*image.RGBA, int) {
		shots++
		path := filepath.Join(dir, "shot"+string(rune('a'+shots))+".png")
		if out, err := exec.CommandContext(ctx, "import", "-window", window, path).CombinedOutput(); err != nil {
			t.Fatalf("import: %v\n%s", err, out)
		}
		img := readPNG(t, path)
		b := img.Bounds()
		m := img.SubImage(image.Rect(0, 0, b.Dx()*6/10, b.Dy()*7/10)).(*image.RGBA)
		n := 0
		for c, k := range colourCounts(m) {
			for typ := range event.NumTypes {
				if c == typ.Info().Colour {
					n += k
				}
			}
		}
		return m, n
	}
	keys := func(names ...string) {
		args := append([]string{"key", "--delay", "100"}, names...)
		if out, err := exec.CommandContext(ctx, "xdotool", args...).CombinedOutput(); err != nil {
			t.Fatalf("xdotool %v: %v\n%s", args, err, out)
		}
		time.Sleep(time.Second)
	}
	if out, err := exec.CommandContext(ctx, "xdotool", "windowfocus", "--sync", window).CombinedOutput(); err != nil {
		t.Fatalf("xdotool windowfocus: %v\n%s", err, out)
	}

	// The events are loaded when their markers show.
	var all *image.RGBA
	for deadline, n := time.Now().Add(45*time.Second), 0; n == 0; {
		if time.Now().After(deadline) {
			t.Fatal("no event markers on the map within 45 s")
		}
		time.Sleep(time.Second)
		all, n = onMap()
	}
	keys("Home")
	first, _ := onMap()
	if d := differing(all, first); d < minChange {
		t.Errorf("after Home, %d pixels of the map changed: the playhead did not move to the first event", d)
	}
	keys("Next", "Next")
	later, _ := onMap()
	if d := differing(first, later); d < minChange {
		t.Errorf("after Page Down twice, %d pixels of the map changed: the next events did not show", d)
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
