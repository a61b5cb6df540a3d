//go:build darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd || windows

package atomicfile

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// These tests run where a live temporary file can be told from a stale one.

func TestCreateRemovesStaleTemps(t *testing.T) {
	dir, path, live := createOverOld(t)
	defer live.Abort()
	liveName := filepath.Base(live.w.Name())
	files := []struct {
		name string
		kept bool
	}{
		{".out.geojson.123.tmp", false}, // left by a killed run
		{".out.geojson.x12.tmp", true},  // not of atomicfile's making
		{".other.geojson.123.tmp", true},
		{"out.geojson.123.tmp", true},
	}
	for _, f := range files {
		writeFile(t, filepath.Join(dir, f.name), "half", 0o600)
	}
	os.Mkdir(filepath.Join(dir, ".out.geojson.456.tmp"), 0o755)

	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("new content"))
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	want := []string{".out.geojson.456.tmp", liveName, "out.geojson"}
	for _, f := range files {
		if f.kept {
			want = append(want, f.name)
		}
	}
	slices.Sort(want)
	if got := dirNames(t, dir); !slices.Equal(got, want) {
		t.Errorf("folder holds\n%v\nwant\n%v", got, want)
	}
}

// TestStaleTempOfKilledProcess has a helper process write the target, and
// checks that Create leaves its temporary file alone while the helper
// lives, and removes it once the helper is killed.
func TestStaleTempOfKilledProcess(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.geojson")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldsTemp$")
	cmd.Env = append(os.Environ(), "ATOMICFILE_HOLD="+path)
	stdin, err := cmd.StdinPipe() // the helper waits on it
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe() // where it names its temporary file
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	// Wait for the helper's Create to return: until then, its file may not
	// be locked yet, and is fair game.
	var held string
	for lines := bufio.NewScanner(stdout); held == "" && lines.Scan(); {
		if name := lines.Text(); strings.HasSuffix(name, ".tmp") {
			held = name
		}
	}
	if held == "" {
		t.Fatal("the helper made no temporary file")
	}

	create := func() {
		t.Helper()
		f, err := Create(path)
		if err != nil {
			t.Fatal(err)
		}
		f.Abort()
	}
	create()
	if !slices.Contains(dirNames(t, dir), held) {
		t.Fatal("Create removed the temporary file of a live process")
	}
	cmd.Process.Kill()
	cmd.Wait()
	if !slices.Contains(dirNames(t, dir), held) {
		t.Fatal("the killed helper removed its temporary file: nothing to test")
	}
	create()
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("folder holds %v after Create, want nothing", names)
	}
}

// TestHelperHoldsTemp is the helper process of TestStaleTempOfKilledProcess.
func TestHelperHoldsTemp(t *testing.T) {
	path := os.Getenv("ATOMICFILE_HOLD")
	if path == "" {
		t.Skip("the helper process of TestStaleTempOfKilledProcess")
	}
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(filepath.Base(f.w.Name()))
	os.Stdin.Read(make([]byte, 1))
}
