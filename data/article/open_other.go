//go:build !unix

package article

import "os"

// openFile opens a file for reading.
func openFile(path string) (*os.File, error) { return os.Open(path) }

// interrupt ends a read of f that waits; where files are not read through
// the runtime's poller, closing f is what can end it.
func interrupt(f *os.File) { f.Close() }
