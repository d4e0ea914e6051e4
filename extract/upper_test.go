package extract

import (
	"strings"
	"testing"
)

// TestUpperASCII checks the eight-bytes-at-a-time upper-casing of the
// prefilter's words against strings.ToUpper on every ASCII byte at every
// position of a word.
func TestUpperASCII(t *testing.T) {
	var all []byte
	for c := 0; c < 0x80; c++ {
		all = append(all, byte(c))
	}
	for shift := 0; shift < 8; shift++ {
		in := append([]byte(strings.Repeat("x", shift)), all...)
		b := append([]byte(nil), in...)
		for len(b)%8 != 0 {
			b = append(b, 0)
		}
		upperASCII(b)
		if got, want := string(b[:len(in)]), strings.ToUpper(string(in)); got != want {
			t.Errorf("shift %d: upperASCII = %q, want %q", shift, got, want)
		}
	}
}
