//go:build !linux

package hugemem

// Make returns make([]T, n): huge pages are only requested on Linux.
func Make[T, O any](owner *O, n int) []T { return make([]T, n) }
