//go:build unix

package geojsontest

import (
	"syscall"
	"time"
)

// CPUTime is the processor time the process has used so far, in user and
// system mode, on all its threads; 0 where the system does not tell it.
// Unlike the time a benchmark takes, it does not grow when other programs
// share the processors.
func CPUTime() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
