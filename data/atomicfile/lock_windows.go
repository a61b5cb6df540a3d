package atomicfile

import "os"

// On Windows a file that is open cannot be removed or renamed (Go opens
// files without FILE_SHARE_DELETE): the open file is the lock.

// lock does nothing: f is open.
func lock(f *os.File) bool { return true }

// removeIfStale removes the temporary file at path, which fails while any
// process has it open.
func removeIfStale(path string) { os.Remove(path) }

// release closes f before op, which renames or removes f's file: Windows
// cannot do either while f is open. In between, another process may take
// the file for stale and remove it; a Commit then fails and leaves the
// target as it was.
func release(f *os.File, op func() error) error {
	f.Close()
	return op()
}
