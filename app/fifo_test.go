//go:build unix

package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// mkfifo makes a named pipe at path.
func mkfifo(t *testing.T, path string) string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pipeNobodyWritesTo is a named pipe that the test holds open for writing
// and never writes to: reading it waits until it is interrupted.
func pipeNobodyWritesTo(t *testing.T) string {
	t.Helper()
	path := mkfifo(t, filepath.Join(t.TempDir(), "pipe.txt"))
	// Read and write, it opens at once; write only, it would wait for a
	// reader.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return path
}

func TestAFolderWithNamedPipesLoadsItsArticles(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": " date 2020-11-07 Shelling hit Stepanakert on Saturday."})
	// Nobody writes to them: opening one to read would wait for ever.
	pipe := mkfifo(t, filepath.Join(dir, "pipe.txt"))
	layer := mkfifo(t, filepath.Join(dir, "events.geojson"))

	done := make(chan struct{})
	var res loaded
	var err error
	go func() {
		res, err = load([]string{dir, layer})
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the load waits on a named pipe")
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := res.set.files["a.txt"]; res.articles != 1 || !ok {
		t.Errorf("read %d articles (%v), want a.txt", res.articles, res.set.files)
	}
	want := []string{
		layer + ": not a regular file, skipped",
		pipe + ": not a regular file (a named pipe), skipped",
	}
	if got := skippedFiles(res.skipped).lines; !slices.Equal(got, want) {
		t.Errorf("skipped %q, want %q", got, want)
	}
}

// A named pipe given by name is read, as a shell's <(...) is; the context
// must reach the read that waits on it, through the batch and the
// article's reader.
func TestCancelReachesAReadWaitingOnAPipe(t *testing.T) {
	pipe := pipeNobodyWritesTo(t)
	ctx, cancel := context.WithCancel(context.Background())
	counted := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		_, err := loadArticles(ctx, loadRequest{paths: []string{pipe}}, func(done, total int) {
			if done == 0 {
				close(counted)
			}
		})
		done <- err
	}()
	<-counted
	select {
	case err := <-done:
		t.Fatalf("the load of a pipe nobody writes to ended: %v", err)
	case <-time.After(200 * time.Millisecond):
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error = %v, want context.Canceled", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the cancel did not reach the read")
	}
}

// While a load waits, the window is free; its Cancel ends the load at
// once, whatever it waits on.
func TestCancelInTheProgressDialogEndsALoadThatWaits(t *testing.T) {
	w := newTestWindow(t)
	loop := newUILoop()
	w.do = loop.do
	w.show(prepared(loaded{events: sampleEvents(), articles: 1}), nil)
	pipe := pipeNobodyWritesTo(t)

	w.open([]string{pipe})
	if got, want := w.status.Text, "Reading "+pipe+"…"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	w.list.list.Select(1)
	if got := w.details.kind.Text; got != "Attack" {
		t.Errorf("while the load waits, selecting an event shows %q, want its details", got)
	}
	loop.runUntil(t, "the progress dialog", func() bool { return w.win.Canvas().Overlays().Top() != nil })
	test.Tap(buttonIn(t, w.win.Canvas().Overlays().Top(), "Cancel"))
	if w.win.Canvas().Overlays().Top() != nil {
		t.Error("the progress dialog stayed after Cancel")
	}
	if w.status.Text != cancelledText {
		t.Errorf("status = %q, want %q", w.status.Text, cancelledText)
	}
	if got := len(w.list.visible); got != 2 {
		t.Errorf("the list has %d events after the cancel, want the 2 it had", got)
	}
}
