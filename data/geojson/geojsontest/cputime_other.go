//go:build !unix

package geojsontest

import "time"

// CPUTime is the processor time the process has used so far; 0 here,
// where the system does not tell it.
func CPUTime() time.Duration { return 0 }
