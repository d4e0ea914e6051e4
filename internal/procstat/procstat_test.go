package procstat

import (
	"runtime"
	"testing"
)

func TestCPUTimeGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no getrusage here")
	}
	before := CPUTime()
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i % 7
	}
	if x == 0 {
		t.Fatal("loop optimised away")
	}
	if after := CPUTime(); after <= before {
		t.Errorf("CPU time did not grow: %v then %v", before, after)
	}
	if rss := PeakRSS(); rss < 1<<20 {
		t.Errorf("peak RSS = %d bytes, want at least 1 MiB", rss)
	}
}
