//go:build darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd

package atomicfile

import (
	"errors"
	"os"
	"syscall"
)

// lock takes f's lock, which the system drops when the process ends,
// however it ends. It reports false when another holds it; a filesystem
// without locks counts as held, as removeIfStale then cannot tell either.
func lock(f *os.File) bool {
	return !errors.Is(flock(f), syscall.EWOULDBLOCK)
}

func flock(f *os.File) error {
	c, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var lerr error
	if err := c.Control(func(fd uintptr) { lerr = syscall.Flock(int(fd), syscall.LOCK_EX|syscall.LOCK_NB) }); err != nil {
		return err
	}
	return lerr
}

// removeIfStale removes the temporary file at path when no process holds
// its lock. Locks belong to open files, not to processes: a live File of
// this very process keeps its file too.
func removeIfStale(path string) {
	// Non-blocking, in case path became a fifo; for writing, as NFS's
	// emulation of flock wants for an exclusive lock.
	fd, err := syscall.Open(path, syscall.O_RDWR|syscall.O_NONBLOCK|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	if err != nil {
		return
	}
	f := os.NewFile(uintptr(fd), path)
	defer f.Close()
	// Once locked, the file is ours; it is stale if path still leads to it
	// (its writer did not rename it away just before).
	if flock(f) == nil && named(f) {
		os.Remove(path)
	}
}

// release closes f after op, which renames or removes f's file, so that
// the lock holds until the name is gone.
func release(f *os.File, op func() error) error {
	err := op()
	f.Close()
	return err
}
