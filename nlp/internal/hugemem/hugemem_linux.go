//go:build linux

package hugemem

import (
	"runtime"
	"syscall"
	"unsafe"
)

// madvHugepage is MADV_HUGEPAGE.
const madvHugepage = 14

// Make returns a zeroed slice of n elements of T. T must not contain
// pointers: large slices live outside the Go heap, where the garbage
// collector does not look. The memory of a large slice is released when
// owner becomes unreachable, so the slice must not outlive owner.
func Make[T, O any](owner *O, n int) []T {
	var zero T
	size := uintptr(n) * unsafe.Sizeof(zero)
	if size < MinBytes || owner == nil {
		return make([]T, n)
	}
	// Map a huge page more than needed, then use the aligned part.
	b, err := syscall.Mmap(-1, 0, int(size)+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]T, n)
	}
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	off := (hugePage - p%hugePage) % hugePage
	used := b[off : off+size]
	_ = syscall.Madvise(used, madvHugepage) // advice only
	runtime.AddCleanup(owner, func(b []byte) { _ = syscall.Munmap(b) }, b)
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(used))), n)
}
