//go:build !purego

package f32

import "golang.org/x/sys/cpu"

// useAVX2 tells add to take eight lanes an instruction rather than four.
var useAVX2 = cpu.X86.HasAVX2

// add is Add with AVX2 instructions, or SSE ones, which every amd64
// processor has.
//
//go:noescape
func add(dst, src []float32)
