package workspace

import (
	"os"

	"golang.org/x/sys/windows"
)

// lock takes the lock of the workspace at path: LockFileEx on a file
// beside it, which the system drops when the process ends. It returns the
// file holding the lock, and whether another process holds it: the
// workspace is then opened read-only.
func lock(path string) (held *os.File, readOnly bool) {
	f, err := os.OpenFile(path+".lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, true
	}
	var ol windows.Overlapped
	if err := windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ol); err != nil {
		f.Close()
		return nil, true
	}
	return f, false
}

// unlock lets go of the lock, then removes its file; removing fails while
// another process has it open, which is harmless.
func unlock(f *os.File) {
	f.Close()
	os.Remove(f.Name())
}
