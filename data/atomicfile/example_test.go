package atomicfile_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/chronomap/chronomap/data/atomicfile"
)

func Example() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "events.geojson")
	os.WriteFile(path, []byte("yesterday's events"), 0o644)

	// A run that fails half-way leaves yesterday's file as it was.
	f, _ := atomicfile.Create(path)
	fmt.Fprint(f, "half of today's")
	f.Abort()
	b, _ := os.ReadFile(path)
	fmt.Println(string(b))

	// A run that succeeds replaces it whole.
	f, _ = atomicfile.Create(path)
	defer f.Abort()
	fmt.Fprint(f, "today's events")
	if err := f.Commit(); err != nil {
		fmt.Println(err)
	}
	b, _ = os.ReadFile(path)
	fmt.Println(string(b))
	// Output:
	// yesterday's events
	// today's events
}
