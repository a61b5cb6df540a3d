//go:build darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd

package workspace

import (
	"os"
	"syscall"
)

// lock takes the lock of the workspace at path: an flock on a file beside
// it, which the system drops when the process ends, however it ends. It
// returns the file holding the lock, and whether another process holds it
// (or it cannot be taken, as on a read-only folder): the workspace is then
// opened read-only.
func lock(path string) (held *os.File, readOnly bool) {
	f, err := os.OpenFile(path+".lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, true
	}
	c, err := f.SyscallConn()
	var lerr error
	if err == nil {
		err = c.Control(func(fd uintptr) { lerr = syscall.Flock(int(fd), syscall.LOCK_EX|syscall.LOCK_NB) })
	}
	if err != nil || lerr != nil {
		f.Close()
		return nil, true
	}
	return f, false
}

// unlock removes the lock file, then lets go of it, so that no other
// process takes a lock on a file about to go.
func unlock(f *os.File) {
	os.Remove(f.Name())
	f.Close()
}
