//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

func TestCreateFifo(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "events.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no fifos here:", err)
	}
	read := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo) // until the writer closes
		read <- string(b)
	}()
	f, err := Create(fifo)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	f.Write([]byte("events"))
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := <-read; got != "events" {
		t.Errorf("the reader got %q", got)
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"events.fifo"}) {
		t.Errorf("folder holds %v, want only the fifo", names)
	}
}
