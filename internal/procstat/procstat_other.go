//go:build !unix

package procstat

import "time"

// CPUTime is unknown here: it returns 0.
func CPUTime() time.Duration { return 0 }

// PeakRSS is unknown here: it returns 0.
func PeakRSS() int64 { return 0 }
