package main

import (
	"image/gif"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// frames decodes the GIF at path and returns its frames' count and delays.
func frames(t *testing.T, path string) (int, []int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := gif.DecodeAll(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return len(g.Image), g.Delay
}

func TestAnimateSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("draws and encodes dozens of frames")
	}
	for _, c := range []struct {
		name   string
		args   []string
		frames int
		delay  int // of each frame but the last, in hundredths of a second
	}{
		{"45 days by day are 45 frames", []string{"--from", "2020-09-27", "--to", "2020-11-10"}, 45, 50},
		{"45 days by week are 6 weeks and a frame for the 3 days left", []string{"--from", "2020-09-27", "--to", "2020-11-10", "--mode", "week"}, 7, 350},
		{"by 3 days at 6 days a second", []string{"--from", "2020-10-01", "--to", "2020-10-10", "--mode", "3days", "--speed", "6"}, 4, 50},
		{"the events' days by default, cumulatively", []string{"--mode", "cumulative", "--speed", "30"}, 42, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "seeds.gif")
			args := append([]string{"--animate", out, "--size", "800x450"}, c.args...)
			if code, _, stderr := chronomap(t, "", append(args, "seeds")...); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			n, delays := frames(t, out)
			if n != c.frames || delays[0] != c.delay || delays[n-1] <= c.delay {
				t.Errorf("%d frames, delays %v; want %d of %d and a longer last one", n, delays, c.frames, c.delay)
			}
		})
	}
}

// TestAnimateNeedsNoDisplay runs the real binary with no display at all
// and the sample articles, as a server would.
func TestAnimateNeedsNoDisplay(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "seeds.gif")
	noDisplay := slices.DeleteFunc(os.Environ(), func(v string) bool {
		return strings.HasPrefix(v, "DISPLAY=") || strings.HasPrefix(v, "WAYLAND_DISPLAY=")
	})
	cmd := exec.Command(binary(t), "--animate", out, "--from", "2020-10-01", "--to", "2020-10-14", "--mode", "week")
	cmd.Env = noDisplay
	if b, err := cmd.CombinedOutput(); err != nil || len(b) > 0 {
		t.Fatalf("chronomap --animate: %v\n%s", err, b)
	}
	if n, _ := frames(t, out); n != 2 {
		t.Errorf("%d frames, want 2 weeks", n)
	}
	frameDir := filepath.Join(dir, "frames")
	cmd = exec.Command(binary(t), "--animate", frameDir, "--frames", "--from", "2020-10-10", "--to", "2020-10-12")
	cmd.Env = noDisplay
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chronomap --animate --frames: %v\n%s", err, b)
	}
	if entries, err := os.ReadDir(frameDir); err != nil || len(entries) != 3 || entries[0].Name() != "frame-0001.png" {
		t.Errorf("the frames' folder holds %v (%v), want frame-0001.png to frame-0003.png", entries, err)
	}
}

func TestAnimateUsage(t *testing.T) {
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of it
	}{
		{"a flag of --animate alone", []string{"--from", "2020-10-01", "seeds"}, 2, "--from goes with --animate"},
		{"an unknown mode", []string{"--animate", "a.gif", "--mode", "fortnight"}, 2, "want day, 3days, week, month or cumulative"},
		{"a day written otherwise", []string{"--animate", "a.gif", "--to", "10/11/2020"}, 2, "want a day as YYYY-MM-DD"},
		{"days backwards", []string{"--animate", "a.gif", "--from", "2020-11-10", "--to", "2020-09-27"}, 2, "--from 2020-11-10 is after --to 2020-09-27"},
		{"a picture and an animation", []string{"--animate", "a.gif", "--screenshot", "a.png"}, 2, "one at a time"},
		{"no speed", []string{"--animate", "a.gif", "--speed", "0"}, 2, "--speed 0: want a number of days a second above 0"},
		{"too fine a scale", []string{"--animate", "a.gif", "--scale", "8"}, 2, "--scale 8: want 1 to 4"},
		{"too fast for a GIF", []string{"--animate", "a.gif", "--speed", "60", "seeds"}, 1, "at most 50"},
		{"a missing article", []string{"--animate", "a.gif", "no/such/article.txt"}, 1, "no/such/article.txt: no such file or directory"},
		{"a folder that is not there", []string{"--animate", "no/such/folder/a.gif", "seeds"}, 1, "no/such/folder/a.gif"},
		{"days with no event", []string{"--animate", "a.gif", "--from", "2021-01-01", "--to", "2021-01-05", "seeds"}, 1, "no event with a place from 2021-01-01 to 2021-01-05"},
	} {
		t.Run(c.name, func(t *testing.T) {
			seeds := filepath.Join(repoDir(t), "seeds")
			t.Chdir(t.TempDir()) // where a.gif would go
			for i, a := range c.args {
				if a == "seeds" {
					c.args[i] = seeds
				}
			}
			code, _, stderr := chronomap(t, "", c.args...)
			if code != c.code || !strings.Contains(stderr, c.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d with %q", code, stderr, c.code, c.stderr)
			}
			if _, err := os.Stat("a.gif"); err == nil {
				t.Error("a.gif was written")
			}
		})
	}
}

// A file that cannot be read is named, and the animation is made of the
// others.
func TestAnimateGoesOnWithoutAnUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	article, err := os.ReadFile(filepath.Join("seeds", "002_bc799acba1ccdee3.txt"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "article.txt"), article, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02 not text"), 0o644)
	out := filepath.Join(dir, "a.gif")
	code, _, stderr := chronomap(t, "", "--animate", out, "--size", "800x450", dir)
	if code != 1 || !strings.Contains(stderr, "binary.txt") || !strings.Contains(stderr, "1 file could not be read; the animation was made without it") {
		t.Errorf("exit %d, stderr %q; want 1, naming binary.txt", code, stderr)
	}
	if n, _ := frames(t, out); n == 0 {
		t.Error("no frames")
	}
}

// repoDir is the folder of the repository, where the tests start.
func repoDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
