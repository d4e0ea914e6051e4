//go:build !amd64 || purego

package f32

func instructionSets() []instructionSet {
	return []instructionSet{{"generic", func() {}}}
}
