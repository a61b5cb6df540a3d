package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// A Dir is a folder being filled, which readers see either whole or not at
// all: its files go into a temporary folder beside the target,
// .NAME.DIGITS.tmp, that takes the target's place in one rename on Commit.
// Abort, and AbortAll on a signal, remove the temporary folder and all in it.
type Dir struct {
	tmp, target string
	state       state // guarded by mu
}

// CreateDir starts filling the folder at path, which must not exist or be
// empty when Commit comes; its parent folder must exist and be writable.
func CreateDir(path string) (*Dir, error) {
	mu.Lock()
	defer mu.Unlock()
	if shut {
		return nil, &fs.PathError{Op: "create", Path: path, Err: errors.New("the process is exiting")}
	}
	tmp, err := os.MkdirTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, createError(path, err)
	}
	// MkdirTemp makes it private; the folder it becomes is anybody's to read,
	// as os.Mkdir's would be.
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.Remove(tmp)
		return nil, createError(path, err)
	}
	d := &Dir{tmp: tmp, target: path}
	live[d] = struct{}{}
	return d, nil
}

// Path is the temporary folder to write the files in.
func (d *Dir) Path() string { return d.tmp }

// Commit puts the folder in place of the target, an empty folder or none.
// On error the temporary folder is removed and the target is untouched.
func (d *Dir) Commit() error {
	mu.Lock()
	defer mu.Unlock()
	if d.state != open {
		return &fs.PathError{Op: "commit", Path: d.target, Err: errors.New("already committed or aborted")}
	}
	delete(live, d)
	d.state = aborted
	// An empty target is replaced: the rename takes its place.
	if err := os.Remove(d.target); err != nil && !errors.Is(err, fs.ErrNotExist) {
		os.RemoveAll(d.tmp)
		return err
	}
	if err := os.Rename(d.tmp, d.target); err != nil {
		os.RemoveAll(d.tmp)
		return err
	}
	d.state = committed
	syncDir(filepath.Dir(d.target))
	return nil
}

// Abort removes the temporary folder, leaving the target as it was. It
// does nothing after Commit or a first Abort.
func (d *Dir) Abort() error {
	mu.Lock()
	defer mu.Unlock()
	return d.abort()
}

func (d *Dir) targetName() string { return d.target }

// abort removes the temporary folder unless d is committed or aborted. mu
// must be held.
func (d *Dir) abort() error {
	if d.state != open {
		return nil
	}
	d.state = aborted
	delete(live, d)
	return os.RemoveAll(d.tmp)
}
