package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// The temporary file of a target NAME is .NAME.DIGITS.tmp in the same
// folder (os.CreateTemp puts the digits). Each is locked while its writer
// lives, and the lock goes with the process, even one killed with SIGKILL:
// a temporary file nobody holds is stale, and the next Create of its target
// removes it. A lock tells precisely, where an age would not: a long run
// may write nothing for minutes, and a killed one is retried at once.

// createLocked creates a temporary file for base in dir and locks it.
// Between the two a Create in another process may take the file for a stale
// one and remove it: the name then no longer leads to the file, and
// createLocked tries another.
func createLocked(dir, base string) (*os.File, error) {
	for range 10 {
		f, err := os.CreateTemp(dir, "."+base+".*.tmp")
		if err != nil {
			return nil, err
		}
		if lock(f) && named(f) {
			return f, nil
		}
		f.Close()
	}
	return nil, errors.New("could not lock a temporary file")
}

// named reports whether f's name still leads to f.
func named(f *os.File) bool {
	info, err := f.Stat()
	if err != nil {
		return false
	}
	now, err := os.Lstat(f.Name())
	return err == nil && os.SameFile(info, now)
}

// removeStale removes the stale temporary files of base in dir, where it
// can tell them from live ones (see removeIfStale). It is best effort: what
// it cannot remove only takes room.
func removeStale(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Type().IsRegular() && isTempOf(e.Name(), base) {
			removeIfStale(filepath.Join(dir, e.Name()))
		}
	}
}

// isTempOf reports whether name is one of the temporary files of base. The
// digits tell .a.1.tmp, of a, from .a.b.1.tmp, of a.b.
func isTempOf(name, base string) bool {
	rest, isPrefix := strings.CutPrefix(name, "."+base+".")
	digits, isSuffix := strings.CutSuffix(rest, ".tmp")
	return isPrefix && isSuffix && digits != "" && strings.Trim(digits, "0123456789") == ""
}
