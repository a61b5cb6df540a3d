// Package atomicfile writes files that readers see either whole or not at
// all: the content goes to a temporary file beside the target, is synced to
// disk, and replaces the target in one rename on Commit. Until then, and if
// the writer gives up, an existing target is left as it was.
package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// A File is a file being written. Call Commit to put it in place, or Abort
// to throw it away; deferring Abort right after Create cleans up on every
// early return, since Abort after Commit does nothing.
type File struct {
	tmp    *os.File
	target string
	perm   fs.FileMode
	done   bool
}

// Create starts writing the file at path. The target's folder must exist and
// be writable. A new file gets mode 0644; a file that replaces another keeps
// its mode. When path is a symbolic link, the file it points to is replaced.
func Create(path string) (*File, error) {
	target := path
	if real, err := filepath.EvalSymlinks(path); err == nil {
		target = real
	}
	perm := fs.FileMode(0o644)
	if info, err := os.Stat(target); err == nil {
		if !info.Mode().IsRegular() {
			return nil, &fs.PathError{Op: "create", Path: path, Err: errors.New("not a regular file")}
		}
		perm = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		// Name the file asked for, not the temporary one.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &fs.PathError{Op: "create", Path: path, Err: err}
	}
	return &File{tmp: tmp, target: target, perm: perm}, nil
}

// Write writes to the temporary file.
func (f *File) Write(p []byte) (int, error) { return f.tmp.Write(p) }

// Name returns the path of the file being replaced or created.
func (f *File) Name() string { return f.target }

// Commit syncs the content to disk and renames it over the target. On error
// the temporary file is removed and the target is untouched.
func (f *File) Commit() error {
	if f.done {
		return errors.New("atomicfile: " + f.target + " already committed or aborted")
	}
	f.done = true
	err := f.tmp.Chmod(f.perm)
	if err == nil {
		err = f.tmp.Sync()
	}
	if cerr := f.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.tmp.Name(), f.target)
	}
	if err != nil {
		os.Remove(f.tmp.Name())
		return err
	}
	syncDir(filepath.Dir(f.target))
	return nil
}

// Abort removes the temporary file, leaving the target as it was. It does
// nothing after Commit or a first Abort.
func (f *File) Abort() error {
	if f.done {
		return nil
	}
	f.done = true
	f.tmp.Close()
	return os.Remove(f.tmp.Name())
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
