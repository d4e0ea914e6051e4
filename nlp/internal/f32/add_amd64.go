//go:build !purego

package f32

// add is Add with SSE instructions, which every amd64 processor has.
//
//go:noescape
func add(dst, src []float32)
