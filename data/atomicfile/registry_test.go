package atomicfile

import (
	"path/filepath"
	"slices"
	"testing"
)

func TestAbortAll(t *testing.T) {
	t.Cleanup(func() {
		mu.Lock()
		shut = false
		mu.Unlock()
	})
	dir, err := filepath.EvalSymlinks(t.TempDir()) // targets are real paths
	if err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(dir, "old.geojson")
	writeFile(t, old, "old content", 0o644)
	fresh := filepath.Join(dir, "new.geojson")
	done := filepath.Join(dir, "done.geojson")
	frames := filepath.Join(dir, "frames")
	folder, err := CreateDir(frames)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(folder.Path(), "frame-1.png"), "png", 0o644)
	var files []*File
	for _, path := range []string{old, fresh, done} {
		f, err := Create(path)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("new content"))
		files = append(files, f)
	}
	if err := files[2].Commit(); err != nil {
		t.Fatal(err)
	}

	// Other tests' Files may be live too: only this folder's count.
	var got []string
	for _, target := range AbortAll() {
		if filepath.Dir(target) == dir {
			got = append(got, target)
		}
	}
	if want := []string{frames, fresh, old}; !slices.Equal(got, want) {
		t.Errorf("AbortAll() = %v, want %v", got, want)
	}
	if got := readFile(t, old); got != "old content" {
		t.Errorf("the existing target became %q", got)
	}
	if names, want := dirNames(t, dir), []string{"done.geojson", "old.geojson"}; !slices.Equal(names, want) {
		t.Errorf("folder holds %v, want %v", names, want)
	}
	if err := files[0].Commit(); err == nil {
		t.Error("Commit after AbortAll succeeded")
	}
	if f, err := Create(fresh); err == nil {
		f.Abort()
		t.Error("Create after AbortAll succeeded")
	}
	if err := folder.Commit(); err == nil {
		t.Error("a folder's Commit after AbortAll succeeded")
	}
	if d, err := CreateDir(frames); err == nil {
		d.Abort()
		t.Error("CreateDir after AbortAll succeeded")
	}
}
