package atomicfile

import (
	"errors"
	"io/fs"
	"os"
)

// isStream reports whether mode is that of a character device or a named
// pipe: a target that takes what is written and keeps no content to replace,
// such as /dev/null, /dev/stdout or a fifo.
func isStream(mode fs.FileMode) bool {
	return mode&fs.ModeCharDevice != 0 || mode&fs.ModeNamedPipe != 0
}

// createStream opens the stream target for writing, directly. Opening a fifo
// waits for a reader, as a shell's > does.
func createStream(path, target string) (*File, error) {
	mu.Lock()
	exiting := shut
	mu.Unlock()
	if exiting {
		return nil, createError(path, errors.New("the process is exiting"))
	}
	w, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return nil, createError(path, err)
	}
	return &File{w: w, target: target, stream: true}, nil
}
