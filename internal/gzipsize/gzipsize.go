// Package gzipsize reads the size a gzip stream claims for its
// decompressed bytes, so that a loader of embedded data can make its
// buffer once instead of growing it while it reads.
package gzipsize

import "encoding/binary"

// Hint returns the decompressed size that the trailer of the gzip stream
// gz gives (ISIZE, the length modulo 2³²), bounded by limit: a hint for
// a buffer's capacity, never a promise of the size (a corrupt stream may
// claim anything). It returns 0 for a stream too short to hold a trailer.
func Hint(gz []byte, limit int) int {
	n := len(gz)
	if n < 4 {
		return 0
	}
	return int(min(uint64(binary.LittleEndian.Uint32(gz[n-4:])), uint64(max(limit, 0))))
}
