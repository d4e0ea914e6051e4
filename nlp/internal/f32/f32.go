// Package f32 adds float32 vectors for the weight tables of the NLP
// models, with SIMD instructions where it can.
//
// The models sum many weight rows into one score vector per decision. A
// row that holds a weight for most classes is cheaper to add as a whole
// vector, four or eight lanes an instruction (SSE, or AVX2 where the
// processor has it), than entry by entry. Each lane is
// the one IEEE float32 addition that a scalar loop would do, in the same
// order of rows, so the scores are bit for bit those of the scalar code.
package f32

// Padded is n rounded up to the lanes of one step of Add: vectors of that
// length, padded with zeros, are added fastest.
func Padded(n int) int { return (n + 3) &^ 3 }

// Add adds src[i] to dst[i] for every i below both lengths.
func Add(dst, src []float32) {
	add(dst, src)
}

// addGeneric is Add in plain Go, for the architectures without an
// assembly version and to test that version against.
func addGeneric(dst, src []float32) {
	n := min(len(dst), len(src))
	dst, src = dst[:n], src[:n]
	i := 0
	for ; i+4 <= n; i += 4 {
		d, s := dst[i:i+4:i+4], src[i:i+4:i+4]
		d[0] += s[0]
		d[1] += s[1]
		d[2] += s[2]
		d[3] += s[3]
	}
	for ; i < n; i++ {
		dst[i] += src[i]
	}
}
