package animation

import (
	"context"
	"errors"
	"image/gif"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tl "github.com/chronomap/chronomap/data/timeline"
)

func TestWriteGIFReplacesTheFileWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "war.gif")
	o := validOptions(t)
	o.Mode = tl.Week
	if err := WriteGIF(context.Background(), path, testSource(testEvents(t)), o); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := gif.DecodeAll(f)
	if err != nil || len(g.Image) != 7 {
		t.Fatalf("the GIF written has %d frames (%v), want 7", len(g.Image), err)
	}
}

func TestACancelledRunLeavesTheFileAsItWas(t *testing.T) {
	for _, c := range []struct {
		name     string
		cancelAt int // the frames written when the run is cancelled
	}{
		{"cancelled before the first frame", 0},
		{"cancelled half-way", 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "war.gif")
			os.WriteFile(path, []byte("the old animation"), 0o644)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if c.cancelAt == 0 {
				cancel()
			}
			o := validOptions(t)
			o.Progress = func(done, total int) {
				if done == c.cancelAt {
					cancel()
				}
			}
			err := WriteGIF(ctx, path, testSource(testEvents(t)), o)
			if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %v, want it cancelled, naming %s", err, path)
			}
			assertUnchanged(t, dir, path, "the old animation")
		})
	}
}

// assertUnchanged checks that the file at path holds was, and that no
// temporary file is left beside it.
func assertUnchanged(t *testing.T, dir, path, was string) {
	t.Helper()
	if b, err := os.ReadFile(path); err != nil || string(b) != was {
		t.Errorf("the file holds %q (%v), want %q", b, err, was)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d files, want the one", len(entries))
	}
}

func TestWriteGIFNamesAFileItCannotWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "folder", "war.gif")
	err := WriteGIF(context.Background(), path, testSource(testEvents(t)), validOptions(t))
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v, want one naming %s", err, path)
	}
}

func TestWritePNGs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "frames")
	o := validOptions(t)
	o.Mode = tl.Week
	if err := WritePNGs(context.Background(), dir, testSource(testEvents(t)), o); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 7 || entries[0].Name() != "frame-0001.png" || entries[6].Name() != "frame-0007.png" {
		t.Fatalf("the folder holds %v (%v), want frame-0001.png to frame-0007.png", entries, err)
	}
	f, err := os.Open(filepath.Join(dir, "frame-0007.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if cfg, err := png.DecodeConfig(f); err != nil || cfg.Width != 640 || cfg.Height != 360 {
		t.Errorf("a frame is %d×%d (%v), want 640×360", cfg.Width, cfg.Height, err)
	}
	if siblings, _ := os.ReadDir(filepath.Dir(dir)); len(siblings) != 1 {
		t.Errorf("%d files beside the frames' folder, want none: a temporary folder is left", len(siblings)-1)
	}
}

func TestWritePNGsTakesOnlyANewOrEmptyFolder(t *testing.T) {
	for _, c := range []struct {
		name  string
		setUp func(dir string)
		want  string // in the error, "" for none
	}{
		{"a new folder is made", func(string) {}, ""},
		{"an empty folder is filled", func(dir string) { os.Mkdir(dir, 0o755) }, ""},
		{"a folder with files is refused", func(dir string) {
			os.Mkdir(dir, 0o755)
			os.WriteFile(filepath.Join(dir, "frame-0001.png"), []byte("an earlier frame"), 0o644)
		}, "not empty"},
		{"a file is refused", func(dir string) { os.WriteFile(dir, []byte("a file"), 0o644) }, "not a folder"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "frames")
			c.setUp(dir)
			o := validOptions(t)
			o.Days.To = o.Days.From + 1
			err := WritePNGs(context.Background(), dir, testSource(testEvents(t)), o)
			switch {
			case c.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), dir)):
				t.Errorf("error %v, want one naming %s and saying %q", err, dir, c.want)
			}
		})
	}
}

func TestACancelledRunLeavesNoFrames(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "frames")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	o := validOptions(t)
	o.Progress = func(done, total int) {
		if done == 3 {
			cancel()
		}
	}
	err := WritePNGs(ctx, dir, testSource(testEvents(t)), o)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want it cancelled", err)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Errorf("a cancelled run left %v", entries)
	}
}
