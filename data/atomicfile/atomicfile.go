// Package atomicfile writes files that readers see either whole or not at
// all: the content goes to a temporary file beside the target, is synced to
// disk, and replaces the target in one rename on Commit. Until then, and if
// the writer gives up, an existing target is left as it was.
//
// Temporary files are named .NAME.DIGITS.tmp. Where the system allows, each
// is locked while it is written, so that Create can remove those that a
// killed process left (see removeStale). A process that exits on a signal
// calls AbortAll first.
//
// A target that is a character device or a named pipe (/dev/null, a fifo)
// has no content to replace: it is written directly (see createStream).
package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// A File is a file being written. Call Commit to put it in place, or Abort
// to throw it away; deferring Abort right after Create cleans up on every
// early return, since Abort after Commit does nothing. Abort and AbortAll
// may be called while another goroutine writes or commits.
type File struct {
	w      *os.File // the temporary file, or the stream itself
	target string
	perm   fs.FileMode
	stream bool  // w is the target, a device or a pipe
	state  state // guarded by mu (registry.go)
}

// Create starts writing the file at path. The target's folder must exist and
// be writable. A new file gets mode 0644; a file that replaces another keeps
// its mode. When path is a symbolic link, the file it points to is replaced.
// When it is a character device or a named pipe, it is written directly,
// and Commit and Abort only close it. Create first removes the stale
// temporary files of the target.
func Create(path string) (*File, error) {
	target := path
	if real, err := filepath.EvalSymlinks(path); err == nil {
		target = real
	}
	perm := fs.FileMode(0o644)
	if info, err := os.Stat(target); err == nil {
		if isStream(info.Mode()) {
			return createStream(path, target)
		}
		if !info.Mode().IsRegular() {
			return nil, &fs.PathError{Op: "create", Path: path, Err: errors.New("not a regular file")}
		}
		perm = info.Mode().Perm()
	}
	dir, base := filepath.Dir(target), filepath.Base(target)
	removeStale(dir, base)
	f := &File{target: target, perm: perm}
	if err := f.createTemp(dir, base); err != nil {
		return nil, createError(path, err)
	}
	return f, nil
}

// createError is err, from creating the file for path, as an error that
// names path: the file asked for, not the temporary one or a link's target.
func createError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &fs.PathError{Op: "create", Path: path, Err: err}
}

// Write writes to the temporary file.
func (f *File) Write(p []byte) (int, error) { return f.w.Write(p) }

// Name returns the path of the file being replaced or created.
func (f *File) Name() string { return f.target }

// TempName returns the path of the temporary file, for a writer that needs
// a path rather than an io.Writer, such as SQLite; it must be done with the
// file before Commit. It is "" for a device or a pipe, which has none.
func (f *File) TempName() string {
	if f.stream {
		return ""
	}
	return f.w.Name()
}

// Commit syncs the content to disk and renames it over the target. On error
// the temporary file is removed and the target is untouched.
func (f *File) Commit() error {
	if err := f.begin(); err != nil {
		return err
	}
	if f.stream {
		return f.w.Close()
	}
	// Syncing may take long: an Abort meanwhile still wins.
	err := f.w.Chmod(f.perm)
	if err == nil {
		err = f.w.Sync()
	}
	if err = f.finishCommit(err); err != nil {
		return err
	}
	syncDir(filepath.Dir(f.target))
	return nil
}

// finishCommit renames the synced temporary file over the target, unless
// syncing failed (err) or an Abort came first.
func (f *File) finishCommit(err error) error {
	mu.Lock()
	defer mu.Unlock()
	if f.state == aborted {
		return &fs.PathError{Op: "commit", Path: f.target, Err: errors.New("aborted")}
	}
	delete(live, f)
	err = release(f.w, func() error {
		if err == nil {
			err = os.Rename(f.w.Name(), f.target)
		}
		if err != nil {
			os.Remove(f.w.Name())
		}
		return err
	})
	f.state = committed
	if err != nil {
		f.state = aborted
	}
	return err
}

// Abort removes the temporary file, leaving the target as it was. It does
// nothing after Commit or a first Abort.
func (f *File) Abort() error {
	mu.Lock()
	defer mu.Unlock()
	return f.abort()
}

// syncDir makes a rename in dir durable. Where folders cannot be synced (on
// Windows) the rename is still atomic, only perhaps not yet on disk.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
