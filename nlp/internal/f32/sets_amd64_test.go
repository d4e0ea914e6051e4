//go:build !purego

package f32

// instructionSets are the variants of add this processor can run; use
// selects one.
func instructionSets() []instructionSet {
	has := useAVX2
	sets := []instructionSet{{"sse", func() { useAVX2 = false }}}
	if has {
		sets = append(sets, instructionSet{"avx2", func() { useAVX2 = true }})
	}
	return sets
}
