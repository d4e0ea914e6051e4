package depparse

import (
	"syscall"
	"unsafe"
)

// madvHugepage is MADV_HUGEPAGE.
const madvHugepage = 14

// adviseHuge asks the kernel to back a large table with huge pages: the
// lookups jump randomly over megabytes, and with 4 KiB pages nearly every
// one would also miss the TLB. It is only advice; errors are ignored.
func adviseHuge[T any](s []T) {
	var zero T
	n := uintptr(len(s)) * unsafe.Sizeof(zero)
	if n < 4<<20 {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), n)
	_ = syscall.Madvise(b, madvHugepage)
}
