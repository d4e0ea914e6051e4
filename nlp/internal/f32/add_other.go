//go:build !amd64 || purego

package f32

func add(dst, src []float32) { addGeneric(dst, src) }
