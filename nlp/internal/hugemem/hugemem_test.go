package hugemem_test

import (
	"runtime"
	"testing"

	"tacitus/nlp/internal/hugemem"
)

// TestMake checks that small and large slices have the asked length, start
// zeroed, can be written, and that releasing the owner is safe.
func TestMake(t *testing.T) {
	type entry struct {
		key uint32
		w   [4]int8
	}
	tests := []struct {
		name string
		n    int
	}{
		{name: "empty", n: 0},
		{name: "small, from the Go heap", n: 1000},
		{name: "large, mapped", n: hugemem.MinBytes/8*3 + 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			owner := new(int)
			s := hugemem.Make[entry](owner, tc.n)
			if len(s) != tc.n {
				t.Fatalf("len %d, want %d", len(s), tc.n)
			}
			for i := range s {
				if s[i] != (entry{}) {
					t.Fatalf("element %d not zero: %v", i, s[i])
				}
				s[i].key = uint32(i)
			}
			for i := range s {
				if s[i].key != uint32(i) {
					t.Fatalf("element %d reads %d", i, s[i].key)
				}
			}
			runtime.KeepAlive(owner)
		})
	}
	// The mapped memory of an unreachable owner is released by a cleanup;
	// a collection must run it without trouble.
	for range 3 {
		_ = hugemem.Make[uint64](new(int), hugemem.MinBytes/8)
	}
	runtime.GC()
	runtime.GC()
}
