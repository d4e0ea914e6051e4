package builtin

import (
	"testing"

	"tacitus/dictionary"
)

// BenchmarkLoad measures what the first Default call costs: uncompressing
// the embedded files and parsing them into a Set.
func BenchmarkLoad(b *testing.B) {
	files := Files()
	b.ReportAllocs()
	for b.Loop() {
		m, err := decompress()
		if err != nil {
			b.Fatal(err)
		}
		if err := dictionary.NewSet().Add(m, files); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecompress measures the uncompressing part of BenchmarkLoad.
func BenchmarkDecompress(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decompress(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHash measures hashing the built-in files (once per process).
func BenchmarkHash(b *testing.B) {
	m, err := builtinFS()
	if err != nil {
		b.Fatal(err)
	}
	files := Files()
	for b.Loop() {
		var h contentHash
		h.layer(m, files)
		h.sum()
	}
}
