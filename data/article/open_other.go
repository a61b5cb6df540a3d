//go:build !unix

package article

import (
	"context"
	"io"
	"os"
)

// readFile reads the file at path whole, up to limit bytes and one more, so
// that the caller can tell a longer file. A done ctx closes the file, which
// is what can end a read that waits where files are not read through the
// runtime's poller.
func readFile(ctx context.Context, path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	stop := context.AfterFunc(ctx, func() { f.Close() })
	defer stop()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return b, err
}
