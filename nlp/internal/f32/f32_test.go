package f32

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestAddMatchesScalar checks that Add gives, bit for bit, the sums of
// the scalar loop, for every length up to past two unrolled steps and for
// source and destination of different lengths, with each instruction set
// the processor has.
func TestAddMatchesScalar(t *testing.T) {
	for _, set := range instructionSets() {
		set.use()
		t.Run(set.name, testAddMatchesScalar)
	}
}

func testAddMatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n <= 80; n++ {
		for _, m := range []int{n, n + 3, max(n-2, 0)} {
			dst := make([]float32, n)
			src := make([]float32, m)
			for i := range dst {
				dst[i] = float32(r.NormFloat64()) * 100
			}
			for i := range src {
				src[i] = float32(r.NormFloat64()) / 7
			}
			want := append([]float32(nil), dst...)
			addGeneric(want, src)
			for i := range want {
				if i < m {
					if w := dst[i] + src[i]; math.Float32bits(w) != math.Float32bits(want[i]) {
						t.Fatalf("generic add differs from a+b at %d", i)
					}
				} else if want[i] != dst[i] {
					t.Fatalf("generic add changed element %d past the source", i)
				}
			}
			Add(dst, src)
			for i := range dst {
				if math.Float32bits(dst[i]) != math.Float32bits(want[i]) {
					t.Fatalf("len %d/%d: element %d is %v, want %v", n, m, i, dst[i], want[i])
				}
			}
		}
	}
}

func BenchmarkAdd66(b *testing.B) {
	dst, src := make([]float32, 66), make([]float32, 66)
	for i := range src {
		src[i] = float32(i)
	}
	for b.Loop() {
		Add(dst, src)
	}
}

func BenchmarkAddGeneric66(b *testing.B) {
	dst, src := make([]float32, 66), make([]float32, 66)
	for i := range src {
		src[i] = float32(i)
	}
	for b.Loop() {
		addGeneric(dst, src)
	}
}

type instructionSet struct {
	name string
	use  func()
}
