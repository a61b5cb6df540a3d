package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/chronomap/chronomap/data/atomicfile"
)

// Ctrl-C, SIGTERM and SIGHUP end chronomap at once, whatever it is doing.
// Extraction of one huge article takes seconds and checks no context, so a
// run told to stop would finish that article first; instead the signal's
// handler removes the temporary files of outputs not yet in place, says so
// in one line, and exits with 128 + the signal's number, as shells report
// a process a signal ended. The window ends so too, with any export it was
// writing removed.

// stopSignals are the signals that end chronomap, with their names and exit
// statuses. Windows sends only the first two.
var stopSignals = []struct {
	sig  os.Signal
	name string
	code int
}{
	{os.Interrupt, "SIGINT", 130},
	{syscall.SIGTERM, "SIGTERM", 143},
	{syscall.SIGHUP, "SIGHUP", 129},
}

// exitOnSignal installs the handler, and returns stderr wrapped so that
// nothing the run prints comes after the handler's line: the run is not
// stopped, and its writes fail once their file is removed.
func exitOnSignal(stderr io.Writer) io.Writer {
	out := &gate{w: stderr}
	c := make(chan os.Signal, 1)
	for _, s := range stopSignals {
		// A signal ignored from the start stays so (Notify would undo it):
		// nohup's SIGHUP, or the SIGINT of a shell's background job.
		if !signal.Ignored(s.sig) {
			signal.Notify(c, s.sig)
		}
	}
	go func() {
		sig := <-c
		for _, s := range stopSignals {
			if s.sig == sig {
				stop(out, s.name)
				os.Exit(s.code)
			}
		}
	}()
	return out
}

// stop removes the temporary files and closes the gate with its line. It
// waits for the line at most a second: standard error may be a full pipe.
func stop(out *gate, name string) {
	done := make(chan struct{})
	go func() {
		out.close()
		out.w.Write([]byte(stopLine(name, atomicfile.AbortAll())))
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		// The line waits on a full pipe, or a rename on a hung file
		// system: exit all the same. A temporary file left is removed by
		// the next run that writes its target.
	}
}

// stopLine says which signal stopped chronomap, and which files it left
// as they were.
func stopLine(name string, kept []string) string {
	switch len(kept) {
	case 0:
		return fmt.Sprintf("chronomap: interrupted by %s\n", name)
	case 1:
		return fmt.Sprintf("chronomap: interrupted by %s; %s left as it was\n", name, kept[0])
	}
	return fmt.Sprintf("chronomap: interrupted by %s; %s left as they were\n", name, strings.Join(kept, ", "))
}

// A gate passes writes through until it is closed, then drops them.
// Closing it never waits, even on a write that hangs on a full pipe.
type gate struct {
	mu     sync.Mutex // one write at a time
	w      io.Writer
	closed atomic.Bool
}

func (g *gate) Write(p []byte) (int, error) {
	if g.closed.Load() {
		return len(p), nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed.Load() {
		return len(p), nil
	}
	return g.w.Write(p)
}

func (g *gate) close() { g.closed.Store(true) }
