package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestCommitReplacesTheTarget(t *testing.T) {
	tests := []struct {
		name     string
		existing *string // nil: no file before
	}{
		{"new file", nil},
		{"existing file", ptr("old content")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.geojson")
			if tt.existing != nil {
				writeFile(t, path, *tt.existing, 0o600)
			}
			f, err := Create(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Abort()
			f.Write([]byte("new "))
			if got := readFile(t, path); tt.existing != nil && got != *tt.existing {
				t.Errorf("before Commit the target is %q, want it unchanged", got)
			}
			f.Write([]byte("content"))
			if err := f.Commit(); err != nil {
				t.Fatal(err)
			}
			if got := readFile(t, path); got != "new content" {
				t.Errorf("after Commit the target is %q", got)
			}
			if names := dirNames(t, dir); len(names) != 1 {
				t.Errorf("folder holds %v, want only the target", names)
			}
			info, _ := os.Stat(path)
			want := os.FileMode(0o644)
			if tt.existing != nil {
				want = 0o600
			}
			if info.Mode().Perm() != want {
				t.Errorf("mode %v, want %v", info.Mode().Perm(), want)
			}
		})
	}
}

func TestAbortLeavesTheTargetAlone(t *testing.T) {
	dir, path, f := createOverOld(t)
	f.Write([]byte("half a fi"))
	if err := f.Abort(); err != nil {
		t.Fatal(err)
	}
	checkOldTargetAlone(t, dir, path)
	if err := f.Commit(); err == nil {
		t.Error("Commit after Abort succeeded")
	}
}

func TestCreateFails(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, path string }{
		{"missing folder", filepath.Join(dir, "no", "out.geojson")},
		{"target is a folder", dir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if f, err := Create(tt.path); err == nil {
				f.Abort()
				t.Fatalf("Create(%q) succeeded", tt.path)
			}
		})
	}
}

func TestCommitThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.geojson")
	link := filepath.Join(dir, "link.geojson")
	writeFile(t, real, "old", 0o644)
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here")
	}
	f, err := Create(link)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("new"))
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, real); got != "new" {
		t.Errorf("the linked file holds %q", got)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", info, err)
	}
}

func ptr(s string) *string { return &s }

// createOverOld writes "old content" to out.geojson in a new folder, and
// creates a File to replace it.
func createOverOld(t *testing.T) (dir, path string, f *File) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "out.geojson")
	writeFile(t, path, "old content", 0o644)
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	return dir, path, f
}

// checkOldTargetAlone checks that the target written by createOverOld is as
// it was, and alone in its folder.
func checkOldTargetAlone(t *testing.T, dir, path string) {
	t.Helper()
	if got := readFile(t, path); got != "old content" {
		t.Errorf("the target is %q, want it unchanged", got)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("folder holds %v, want only the target", names)
	}
}

func writeFile(t *testing.T, path, content string, perm os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestAbortWhileWriting aborts as a signal handler does, while another
// goroutine writes: the writes fail, and the temporary file is gone.
func TestAbortWhileWriting(t *testing.T) {
	dir, path, f := createOverOld(t)
	stopped := make(chan error)
	go func() {
		for {
			if _, err := f.Write([]byte("more ")); err != nil {
				stopped <- err
				return
			}
		}
	}()
	if err := f.Abort(); err != nil {
		t.Fatal(err)
	}
	<-stopped
	checkOldTargetAlone(t, dir, path)
}

// TestAbortDuringCommit aborts while Commit syncs: the Abort wins, and
// Commit fails without touching the target.
func TestAbortDuringCommit(t *testing.T) {
	dir, path, f := createOverOld(t)
	f.Write([]byte("new content"))
	if err := f.begin(); err != nil {
		t.Fatal(err)
	}
	f.Abort()
	if err := f.finishCommit(nil); err == nil {
		t.Error("Commit after Abort succeeded")
	}
	checkOldTargetAlone(t, dir, path)
}
