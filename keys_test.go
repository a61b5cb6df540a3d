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
// Home jumps to the first event's day, where the map shows fewer events
// than at the start (on the last day, every event up to it); → steps on,
// and the events of the next days appear. It needs a display, xdotool and
// import; .ci/run provides them.
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
	// onMap counts the pixels in event colours on the map, left of the
	// side panel and above the timeline.
	onMap := func() int {
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
		return n
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
	all := 0
	for deadline := time.Now().Add(45 * time.Second); all == 0 && time.Now().Before(deadline); {
		time.Sleep(time.Second)
		all = onMap()
	}
	if all == 0 {
		t.Fatal("no event markers on the map within 45 s")
	}
	keys("Home")
	first := onMap()
	if first >= all {
		t.Errorf("after Home the map shows as much in event colours (%d pixels) as with every event (%d)", first, all)
	}
	keys("Right", "Right", "Right", "Right", "Right", "Right", "Right", "Right", "Right", "Right", "Right", "Right", "Right", "Right")
	later := onMap()
	t.Logf("pixels in event colours on the map: %d with every event, %d on the first day, %d two weeks on", all, first, later)
	if later <= first {
		t.Errorf("after stepping two weeks on, %d pixels in event colours, no more than on the first day (%d)", later, first)
	}
}
