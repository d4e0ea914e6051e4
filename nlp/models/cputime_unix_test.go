//go:build unix

package models_test

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time of the process, which unlike wall
// time does not count the time other processes held the CPU.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
