//go:build unix

package article

import (
	"os"
	"syscall"
	"time"
)

// openFile opens a file for reading without waiting: opening a named pipe
// blocks until a writer comes, which may be never. Opened non-blocking, a
// pipe is read through the runtime's poller, whose reads interrupt ends.
func openFile(path string) (*os.File, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	return os.NewFile(uintptr(fd), path), nil
}

// interrupt ends a read of f that waits.
func interrupt(f *os.File) { f.SetReadDeadline(time.Unix(1, 0)) }
