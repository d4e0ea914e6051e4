//go:build !unix

package ingest

import "time"

// cpuTime is unknown here: the benchmarks report no CPU-based rates.
func cpuTime() time.Duration { return 0 }
