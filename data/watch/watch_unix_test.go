//go:build unix

package watch

import (
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// A named pipe is no article to read: reading it would wait for a writer.
func TestANamedPipeIsNotReported(t *testing.T) {
	root := t.TempDir()
	f := start(t, root, testQuiet)
	if err := syscall.Mkfifo(filepath.Join(root, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "zz-last.txt"), "Last.")
	if got := arrivedUntil(t, f, root, "zz-last.txt"); !slices.Equal(got, []string{"zz-last.txt"}) {
		t.Errorf("reported %v, want zz-last.txt alone", got)
	}
}

// A folder named by a symbolic link is followed under that name, as
// article.Inputs names its articles, folders under it too.
func TestAFolderNamedByASymbolicLink(t *testing.T) {
	real, dir := t.TempDir(), t.TempDir()
	write(t, filepath.Join(real, "news", "before.txt"), "Before.")
	link := filepath.Join(dir, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	f := start(t, link, testQuiet)
	write(t, filepath.Join(real, "news", "after.txt"), "After.")
	got := arrivedUntil(t, f, link, "news/after.txt")
	if !slices.Equal(got, []string{"news/after.txt"}) {
		t.Errorf("reported %v, want news/after.txt", got)
	}
}
