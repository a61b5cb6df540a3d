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
// that the caller can tell a longer file. Opening does not wait: a named
// pipe opened the usual way blocks until a writer comes, which may be never.
// A regular file, nearly every one, is read in one piece of its size, with
// the fewest system calls; anything else through the runtime's poller,
// whose read a done ctx ends.
func readFile(ctx context.Context, path string, limit int64) ([]byte, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		defer syscall.Close(fd)
		return readRegular(fd, st.Size, limit)
	}
	f := os.NewFile(uintptr(fd), path)
	defer f.Close()
	stop := context.AfterFunc(ctx, func() { f.SetReadDeadline(time.Unix(1, 0)) })
	defer stop()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return b, err
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
