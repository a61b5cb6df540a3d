//go:build !(darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd || windows)

package workspace

import "os"

// Elsewhere (AIX, Solaris, Plan 9) there is no lock: every window writes.

func lock(path string) (*os.File, bool) { return nil, false }

func unlock(f *os.File) {}
