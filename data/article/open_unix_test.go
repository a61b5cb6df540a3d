//go:build unix

package article

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A named pipe given by name is read as a shell's < reads it: whatever the
// writer writes once it comes, however late.
func TestReadPipeWaitsForItsWriter(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "news.txt")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	go func() {
		time.Sleep(300 * time.Millisecond)
		if w, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
			w.WriteString(" date 2020-11-07\nShelling hit Ganja.\n")
			w.Close()
		}
	}()
	a, err := Input{Path: pipe, Name: "news.txt"}.Read(context.Background(), nil)
	if err != nil || a.Text != "Shelling hit Ganja.\n" {
		t.Errorf("Read = %q, %v; want the text the late writer wrote", a.Text, err)
	}
}

// A pipe no writer comes to is given up when the context is done.
func TestReadPipeStopsWithItsContext(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "never.txt")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := Input{Path: pipe, Name: "never.txt"}.Read(ctx, nil)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Read = %v, want the context's error", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Read still waits on a pipe with no writer after its context ended")
	}
}
