//go:build unix

package article

import (
	"context"
	"io"
	"os"
	"syscall"
	"time"
)

// readFile reads the file at path whole, up to limit bytes and one more, so
// that the caller can tell a longer file. A regular file, nearly every one,
// is read in one piece of its size, with the fewest system calls. A named
// pipe is read as a shell's < reads it: once a writer comes, to its end.
// Anything else, and a pipe, is read through the runtime's poller; a done
// ctx ends any wait, for a writer or for what it writes.
func readFile(ctx context.Context, path string, limit int64) ([]byte, error) {
	// Opened without waiting: opening a named pipe the usual way blocks
	// until a writer comes, and fstat tells what the file is first.
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err == nil {
		switch st.Mode & syscall.S_IFMT {
		case syscall.S_IFREG:
			defer syscall.Close(fd)
			return readRegular(fd, st.Size, limit)
		case syscall.S_IFIFO:
			// Read now, a pipe with no writer yet would read as empty.
			syscall.Close(fd)
			f, err := openPipe(ctx, path)
			if err != nil {
				return nil, err
			}
			return readWaiting(ctx, f, limit)
		}
	}
	return readWaiting(ctx, os.NewFile(uintptr(fd), path), limit)
}

// readWaiting reads f, whose reads may wait, to its end and closes it.
func readWaiting(ctx context.Context, f *os.File, limit int64) ([]byte, error) {
	defer f.Close()
	stop := context.AfterFunc(ctx, func() { f.SetReadDeadline(time.Unix(1, 0)) })
	defer stop()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return b, err
}

// openPipe opens the named pipe at path for reading, waiting for a writer
// until ctx is done.
func openPipe(ctx context.Context, path string) (*os.File, error) {
	type result struct {
		f   *os.File
		err error
	}
	opened := make(chan result, 1)
	go func() {
		f, err := os.Open(path)
		opened <- result{f, err}
	}()
	select {
	case r := <-opened:
		return r.f, r.err
	case <-ctx.Done():
		// A writer that comes and goes at once ends the open's wait.
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
		if r := <-opened; r.f != nil {
			r.f.Close()
		}
		return nil, ctx.Err()
	}
}

// readRegular reads the regular file fd, of size bytes when it was opened,
// up to limit bytes and one more. It reads what the size says and stops,
// which spares a last call to find the end: a file that grows meanwhile is
// read as it was. A file that says it is empty (some virtual files do) is
// read to its end.
func readRegular(fd int, size, limit int64) ([]byte, error) {
	want := min(size, limit+1)
	if size == 0 {
		want = limit + 1
	}
	b := make([]byte, 0, min(want, max(size, 512)))
	for int64(len(b)) < want {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // a file that said it was empty: grow
		}
		n, err := syscall.Read(fd, b[len(b):cap(b)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, err
		case n == 0:
			return b, nil
		}
		b = b[:len(b)+n]
	}
	return b, nil
}
