//go:build !(darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd || windows)

package atomicfile

import "os"

// Elsewhere (AIX, Solaris, Plan 9, WebAssembly) temporary files are not
// locked, so a stale one cannot be told from a live one: none is removed.

func lock(f *os.File) bool { return true }

func removeIfStale(path string) {}

func release(f *os.File, op func() error) error {
	f.Close()
	return op()
}
