package atomicfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestDirCommitPutsTheFolderInPlace(t *testing.T) {
	tests := []struct {
		name   string
		before func(target string) // what is at the target before
	}{
		{"no folder yet", func(string) {}},
		{"an empty folder", func(target string) { os.Mkdir(target, 0o755) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			target := filepath.Join(parent, "frames")
			tt.before(target)
			d, err := CreateDir(target)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Abort()
			writeFile(t, filepath.Join(d.Path(), "frame-1.png"), "png", 0o644)
			if _, err := os.Stat(filepath.Join(target, "frame-1.png")); err == nil {
				t.Error("the frame is in the target before Commit")
			}
			if err := d.Commit(); err != nil {
				t.Fatal(err)
			}
			if got := dirNames(t, target); !slices.Equal(got, []string{"frame-1.png"}) {
				t.Errorf("the folder holds %v, want the frame", got)
			}
			if got := dirNames(t, parent); !slices.Equal(got, []string{"frames"}) {
				t.Errorf("beside it: %v, want the folder alone", got)
			}
		})
	}
}

func TestDirAbortLeavesNothing(t *testing.T) {
	parent := t.TempDir()
	target := filepath.Join(parent, "frames")
	d, err := CreateDir(target)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(d.Path(), "frame-1.png"), "png", 0o644)
	if err := d.Abort(); err != nil {
		t.Fatal(err)
	}
	if got := dirNames(t, parent); len(got) != 0 {
		t.Errorf("after Abort the parent holds %v", got)
	}
	if err := d.Commit(); err == nil {
		t.Error("Commit after Abort succeeded")
	}
}

func TestDirCommitKeepsAFolderWithFiles(t *testing.T) {
	parent := t.TempDir()
	target := filepath.Join(parent, "frames")
	os.Mkdir(target, 0o755)
	writeFile(t, filepath.Join(target, "mine.txt"), "keep", 0o644)
	d, err := CreateDir(target)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Commit(); err == nil {
		t.Error("Commit replaced a folder with a file in it")
	}
	if got := readFile(t, filepath.Join(target, "mine.txt")); got != "keep" {
		t.Errorf("the file became %q", got)
	}
	if got := dirNames(t, parent); !slices.Equal(got, []string{"frames"}) {
		t.Errorf("beside it: %v, want the folder alone", got)
	}
}
