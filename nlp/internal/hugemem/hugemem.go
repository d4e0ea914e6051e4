// Package hugemem allocates the large read-only weight tables of the NLP
// models in memory that the kernel is asked to back with huge pages.
//
// Model lookups jump at random over tens of megabytes; with 4 KiB pages
// nearly every lookup also misses the TLB, and the page walk costs as
// much as the cache miss itself. Go's heap is not backed by huge pages
// when transparent huge pages are in "madvise" mode (the usual default),
// so tables of at least MinBytes are mapped directly, aligned to 2 MiB
// and advised before their first write.
package hugemem

// MinBytes is the size from which Make maps memory itself; smaller
// slices come from the Go heap.
const MinBytes = 2 << 20

// hugePage is the size and alignment of a huge page on x86-64 and arm64.
const hugePage = 2 << 20
