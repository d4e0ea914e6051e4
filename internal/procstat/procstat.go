// Package procstat reads what the running process has used so far: CPU
// time and peak resident memory. tacitus's benchmarks and its bench, code
// and ingest commands report speed per CPU-second, which unlike
// wall-clock time does not count the time other processes held the CPU.
//
// On systems without getrusage both functions return 0, and callers then
// report no CPU-based rates.
package procstat
